#pragma once

// Outcome classes shared by the engine, the GUI and the command line. The numeric values are the
// command line's documented exit codes (README, "Exit codes"), so never renumber one.
enum class ErrorCode : int {
    None = 0,
    Failure = 1,          // anything not covered below
    Usage = 2,            // wrong command-line arguments
    DatabaseRefused = 3,  // corrupt, newer than this program, unreadable or unwritable database
    NotFound = 4,         // the named device, admin or object does not exist
    InvalidInput = 5,     // a file or message that does not parse or validate
    PermissionDenied = 6, // the signed-in admin's role does not allow the action
    AuthenticationFailed = 7,
    Conflict = 8,         // would duplicate or contradict existing data
};
