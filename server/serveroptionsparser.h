#pragma once

#include "serveroptions.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace shopinbox::server {

/**
 * @brief Reads the ServerOptions of shop-inbox-server from four sources, each overriding the one before:
 * the built-in defaults (ServerOptions), a config file (--config FILE or SHOPINBOX_SERVER_CONFIG), the
 * environment, the command line.
 *
 * One table names every option once: its long option `--name` is also its config key (`name = value`) and
 * gives its environment variable `SHOPINBOX_SERVER_NAME` (upper case, dashes as underscores). A switch is
 * set by its presence on the command line and by true/false (yes/no, on/off, 1/0) in the file and the
 * environment; an empty environment variable counts as unset.
 *
 * The config file is read by a small parser of its own, not QSettings: one `key = value` per line, `#` or
 * `;` at the start of a line for a comment, no sections, no quoting or escapes (everything after the first
 * `=`, blanks around it removed, is the value). QSettings' INI format would turn a value with a comma into
 * a list and read `%` and `\` as escapes, which breaks URLs and passwords. An unknown key, a key given twice,
 * a line without `=` and an unreadable file are errors.
 *
 * Errors carry the messages shop-inbox-server has always printed (naming the option as `--name`), followed
 * by where the value came from when that was not the command line. docs/protocol.md ("Running the server")
 * documents the sources; packaging/server.conf.example holds every option.
 */
class ServerOptionsParser
{
public:
    /** One option as the command line, the config file and the environment name it. */
    struct Option
    {
        QString name;             ///< Long option `--name`; also the config key.
        QString valueName;        ///< Shown in --help (`--port <port>`); empty for a switch.
        QString help;             ///< The --help description.
        bool inConfigFile = true; ///< False only for `config` itself.

        /** SHOPINBOX_SERVER_<NAME>: the name in upper case, dashes as underscores. */
        QString environmentVariable() const;
        /** True for a switch (no value on the command line). */
        bool isSwitch() const { return valueName.isEmpty(); }
    };

    /** What shop-inbox-server should do after parsing. */
    enum class Action {
        Run,         ///< Start the server with Result::options.
        ShowHelp,    ///< Print Result::text to standard output, exit 0.
        ShowVersion, ///< Print Result::text to standard output, exit 0.
        Fail,        ///< Print "shop-inbox-server: " + Result::text to standard error, exit 2.
    };

    /** The outcome of parse(). */
    struct Result
    {
        Action action = Action::Fail;
        ServerOptions options; ///< Complete (secrets read from their files) with Action::Run.
        QString text;          ///< Help or version text, or the error message (one or more lines).
        QStringList warnings;  ///< For standard error, e.g. an unknown SHOPINBOX_SERVER_ variable.
    };

    /** Every option in --help order (without --help and --version). */
    static const QList<Option> &options();

    /**
     * Parses @p arguments (the program name first, as QCoreApplication::arguments()) over @p environment
     * and the config file they name. Reads the config file and the secret files; changes nothing.
     */
    static Result parse(const QStringList &arguments, const QProcessEnvironment &environment);
};

} // namespace shopinbox::server
