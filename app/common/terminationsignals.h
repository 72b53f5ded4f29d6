#pragma once

// SIGTERM (a service manager stopping the app) and SIGINT (Ctrl+C) end the event loop as a normal
// exit would, so that everything is closed and cleaned up on the way out: the store closed, a
// demo store and its key file deleted. Call once, after the application object exists.
void quitOnTerminationSignals();
