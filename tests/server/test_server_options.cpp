// The server's options (server/serveroptionsparser.h): built-in defaults < config file < environment <
// command line, every error with its message, --help, and the example config file; without starting a
// server. Then the real shop-inbox-server started from a config file on a free loopback port (SQLite).
#include "serverfixture.h"
#include "serveroptionsparser.h"
#include "tempdir.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <functional>

using namespace shopinbox::server;
using namespace servertest;

namespace {

using Parsed = ServerOptionsParser::Result;
using Action = ServerOptionsParser::Action;
using Env = QList<QPair<QString, QString>>;

/** A temporary directory with the files a parse reads (config file, secrets). */
class OptionFiles
{
public:
    OptionFiles()
    {
        write(QStringLiteral("password"), "smtp password with spaces, commas and %41\nsecond line\n");
        write(QStringLiteral("secret"), "0123456789abcdef-inbound\n");
        write(QStringLiteral("short-secret"), "too short\n");
        write(QStringLiteral("empty"), "");
    }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.file(name); }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path(name);
    }
    /** A config file: {dir} in @p content is this directory. */
    QString config(QByteArray content, const QString &name = QStringLiteral("server.conf")) const
    {
        content.replace("{dir}", m_dir.path().toUtf8());
        return write(name, content);
    }

private:
    TempDir m_dir;
};

Parsed parse(const QStringList &arguments, const Env &environment = {})
{
    QProcessEnvironment env;
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    return ServerOptionsParser::parse(QStringList{QStringLiteral("shop-inbox-server")} + arguments, env);
}

std::string describe(const Parsed &parsed)
{
    return "action " + std::to_string(static_cast<int>(parsed.action)) + ": " + parsed.text.toStdString();
}

TEST(ServerOptionsParser, WithNothingGivenTheDefaultsOfServerOptions)
{
    const Parsed parsed = parse({});
    ASSERT_EQ(parsed.action, Action::Run) << describe(parsed);
    const ServerOptions defaults;
    const ServerOptions &o = parsed.options;
    EXPECT_EQ(o.dataDirectory, QString());
    EXPECT_EQ(o.databaseUrl, QString());
    EXPECT_EQ(o.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(o.port, 8740);
    EXPECT_FALSE(o.demo);
    EXPECT_FALSE(o.demoTraffic);
    EXPECT_TRUE(o.smtpUrl.isEmpty());
    EXPECT_FALSE(o.smtpStartTls);
    EXPECT_EQ(o.emailRetryInitialMs, 5000);
    EXPECT_EQ(o.emailRetryMaxMs, 3600000);
    EXPECT_EQ(o.emailMaxAttempts, 10);
    EXPECT_EQ(o.inboundSecret, QString());
    EXPECT_EQ(o.port, defaults.port);
    EXPECT_TRUE(parsed.warnings.isEmpty());
}

// One row per source combination: which value of port, host and demo wins.
struct PrecedenceCase
{
    const char *what;
    QByteArray file; // empty: no --config
    Env environment; // besides SHOPINBOX_SERVER_CONFIG
    QStringList arguments;
    quint16 port;
    QString host;
    bool demo;
};

TEST(ServerOptionsParser, CommandLineOverEnvironmentOverFileOverDefaults)
{
    const QList<PrecedenceCase> cases{
        {"file only", "port = 1111\nhost = 127.0.0.2\ndemo = true\n", {}, {}, 1111, "127.0.0.2", true},
        {"environment over file",
         "port = 1111\nhost = 127.0.0.2\ndemo = yes\n",
         {{"SHOPINBOX_SERVER_PORT", "2222"}, {"SHOPINBOX_SERVER_DEMO", "off"}},
         {},
         2222,
         "127.0.0.2",
         false},
        {"command line over environment over file",
         "port = 1111\nhost = 127.0.0.2\ndemo = 0\n",
         {{"SHOPINBOX_SERVER_PORT", "2222"}, {"SHOPINBOX_SERVER_HOST", "127.0.0.3"}},
         {"--port", "3333", "--demo"},
         3333,
         "127.0.0.3",
         true},
        {"environment only",
         {},
         {{"SHOPINBOX_SERVER_PORT", "0"}, {"SHOPINBOX_SERVER_DEMO", "TRUE"}},
         {},
         0,
         "127.0.0.1",
         true},
        {"an empty variable counts as unset",
         "port = 1111\n",
         {{"SHOPINBOX_SERVER_PORT", ""}},
         {},
         1111,
         "127.0.0.1",
         false},
        {"demo-traffic implies demo", "demo-traffic = on\n", {}, {}, 8740, "127.0.0.1", true},
        {"a UTF-8 byte order mark", "\xEF\xBB\xBFport = 6666\n", {}, {}, 6666, "127.0.0.1", false},
        {"comments, blank lines and blanks around =",
         "# a comment\n; another\n\n   port=4444   \r\n\thost\t=\t127.0.0.4\n",
         {},
         {},
         4444,
         "127.0.0.4",
         false},
    };
    for (const PrecedenceCase &c : cases) {
        OptionFiles files;
        QStringList arguments = c.arguments;
        if (!c.file.isEmpty())
            arguments = QStringList{QStringLiteral("--config"), files.config(c.file)} + arguments;
        const Parsed parsed = parse(arguments, c.environment);
        ASSERT_EQ(parsed.action, Action::Run) << c.what << ": " << describe(parsed);
        EXPECT_EQ(parsed.options.port, c.port) << c.what;
        EXPECT_EQ(parsed.options.host, c.host) << c.what;
        EXPECT_EQ(parsed.options.demo, c.demo) << c.what;
    }
}

TEST(ServerOptionsParser, TheConfigFileNamedInTheEnvironmentUnlessTheCommandLineNamesOne)
{
    OptionFiles files;
    const QString config = files.config("port = 5555\n");
    const Parsed fromEnvironment = parse({}, {{"SHOPINBOX_SERVER_CONFIG", config}});
    ASSERT_EQ(fromEnvironment.action, Action::Run) << describe(fromEnvironment);
    EXPECT_EQ(fromEnvironment.options.port, 5555);

    const Parsed overridden = parse(
        {"--config", config}, {{"SHOPINBOX_SERVER_CONFIG", files.path(QStringLiteral("missing.conf"))}});
    ASSERT_EQ(overridden.action, Action::Run) << describe(overridden);
    EXPECT_EQ(overridden.options.port, 5555);

    const Parsed missing =
        parse({}, {{"SHOPINBOX_SERVER_CONFIG", files.path(QStringLiteral("missing.conf"))}});
    EXPECT_EQ(missing.action, Action::Fail);
    EXPECT_TRUE(missing.text.contains(QStringLiteral("(from SHOPINBOX_SERVER_CONFIG)"))) << describe(missing);
}

// Every option (but config) set through each of the three sources reaches its ServerOptions field.
struct FieldCase
{
    const char *name;
    QString value; // {dir}: the OptionFiles directory
    std::function<bool(const ServerOptions &)> check;
};

TEST(ServerOptionsParser, EveryOptionFromEachSourceReachesItsField)
{
    const QList<FieldCase> cases{
        {"data-dir", "/var/lib/shop",
         [](const ServerOptions &o) { return o.dataDirectory == "/var/lib/shop"; }},
        {"database", "postgresql://shop:p%40ss,word@db:5432/shop",
         [](const ServerOptions &o) {
             return o.databaseUrl == "postgresql://shop:p%40ss,word@db:5432/shop";
         }},
        {"host", "0.0.0.0", [](const ServerOptions &o) { return o.host == "0.0.0.0"; }},
        {"port", "65535", [](const ServerOptions &o) { return o.port == 65535; }},
        {"demo", "true", [](const ServerOptions &o) { return o.demo && !o.demoTraffic; }},
        {"demo-traffic", "true", [](const ServerOptions &o) { return o.demo && o.demoTraffic; }},
        {"demo-data", "/tmp/demo.json",
         [](const ServerOptions &o) { return o.demoDataFile == "/tmp/demo.json"; }},
        {"smtp-user", "user,with;odd%20characters",
         [](const ServerOptions &o) { return o.smtpUser == "user,with;odd%20characters"; }},
        {"smtp-password-file", "{dir}/password",
         [](const ServerOptions &o) {
             return o.smtpPassword == "smtp password with spaces, commas and %41";
         }},
        {"mail-from-domain", "shop.test",
         [](const ServerOptions &o) { return o.mailFromDomain == "shop.test"; }},
        {"reply-domain", "reply.shop.test",
         [](const ServerOptions &o) { return o.replyDomain == "reply.shop.test"; }},
        {"email-retry-ms", "250", [](const ServerOptions &o) { return o.emailRetryInitialMs == 250; }},
        {"email-retry-max-ms", "1000", [](const ServerOptions &o) { return o.emailRetryMaxMs == 1000; }},
        {"email-max-attempts", "3", [](const ServerOptions &o) { return o.emailMaxAttempts == 3; }},
        {"network-threads", "3", [](const ServerOptions &o) { return o.net.networkThreads == 3; }},
        {"max-connections", "900", [](const ServerOptions &o) { return o.net.maxConnections == 900; }},
        {"max-connections-per-address", "0",
         [](const ServerOptions &o) { return o.net.maxConnectionsPerAddress == 0; }},
        {"head-timeout-ms", "1500", [](const ServerOptions &o) { return o.net.headTimeoutMs == 1500; }},
        {"body-timeout-ms", "2500", [](const ServerOptions &o) { return o.net.bodyTimeoutMs == 2500; }},
        {"idle-timeout-ms", "3500", [](const ServerOptions &o) { return o.net.idleTimeoutMs == 3500; }},
        {"write-timeout-ms", "4500", [](const ServerOptions &o) { return o.net.writeTimeoutMs == 4500; }},
        {"ws-idle-timeout-ms", "5500", [](const ServerOptions &o) { return o.net.wsIdleTimeoutMs == 5500; }},
        {"sessions-per-address", "0", [](const ServerOptions &o) { return o.sessionsPerAddress == 0; }},
        {"lookups-per-address", "5", [](const ServerOptions &o) { return o.lookupsPerAddress == 5; }},
        {"presence-lease-ms", "900", [](const ServerOptions &o) { return o.presenceLeaseMs == 900; }},
    };
    // Options that need others: given with them in every source.
    const QList<FieldCase> paired{
        {"tls-cert", "cert.pem", [](const ServerOptions &o) { return o.tlsCertificate == "cert.pem"; }},
        {"tls-key", "key.pem", [](const ServerOptions &o) { return o.tlsKey == "key.pem"; }},
        {"smtp-url", "smtp://mail.test:2525",
         [](const ServerOptions &o) { return o.smtpUrl == "smtp://mail.test:2525" && o.smtpStartTls; }},
        {"smtp-starttls", "true", [](const ServerOptions &o) { return o.smtpStartTls; }},
        {"inbound-secret-file", "{dir}/secret",
         [](const ServerOptions &o) { return o.inboundSecret == "0123456789abcdef-inbound"; }},
    };
    // The companions of the paired options on the command line, but for the option tested.
    const auto pairedArguments = [](const QString &tested) {
        const QList<QPair<QString, QString>> companions{{"tls-cert", "cert.pem"},
                                                        {"tls-key", "key.pem"},
                                                        {"smtp-url", "smtp://mail.test:2525"},
                                                        {"smtp-starttls", {}},
                                                        {"mail-from-domain", "shop.test"}};
        QStringList arguments;
        for (const auto &[name, value] : companions) {
            if (name == tested)
                continue;
            arguments += QStringLiteral("--") + name;
            if (!value.isEmpty())
                arguments += value;
        }
        return arguments;
    };

    QSet<QString> covered;
    for (const QList<FieldCase> *list : {&cases, &paired}) {
        for (const FieldCase &c : *list) {
            const QString name = QString::fromLatin1(c.name);
            covered.insert(name);
            const auto *option = [&]() -> const ServerOptionsParser::Option * {
                for (const ServerOptionsParser::Option &o : ServerOptionsParser::options()) {
                    if (o.name == name)
                        return &o;
                }
                return nullptr;
            }();
            ASSERT_NE(option, nullptr) << c.name;
            for (const char *source : {"file", "environment", "command line"}) {
                OptionFiles files;
                QString value = c.value;
                value.replace(QStringLiteral("{dir}"), files.dir());
                QStringList arguments = list == &paired ? pairedArguments(name) : QStringList{};
                Env environment;
                if (source == std::string("file")) {
                    arguments +=
                        {QStringLiteral("--config"),
                         files.config((name + QStringLiteral(" = ") + value + QLatin1Char('\n')).toUtf8())};
                } else if (source == std::string("environment")) {
                    environment.append({option->environmentVariable(), value});
                } else {
                    arguments += QStringLiteral("--") + name;
                    if (!option->isSwitch())
                        arguments += value;
                }
                const Parsed parsed = parse(arguments, environment);
                ASSERT_EQ(parsed.action, Action::Run)
                    << c.name << " from the " << source << ": " << describe(parsed);
                EXPECT_TRUE(c.check(parsed.options)) << c.name << " from the " << source;
            }
        }
    }
    for (const ServerOptionsParser::Option &option : ServerOptionsParser::options()) {
        EXPECT_TRUE(!option.inConfigFile || covered.contains(option.name))
            << option.name.toStdString() << " is not tested";
    }
}

// One row per error: where the bad value is, and the message (after "shop-inbox-server: ").
struct ErrorCase
{
    QStringList arguments;
    QByteArray file; // non-empty: --config with this content
    Env environment;
    QString message; // contained in the error; {conf}: the config file's path
};

TEST(ServerOptionsParser, EveryErrorFailsWithItsMessage)
{
    const QList<ErrorCase> cases{
        // The command line, as shop-inbox-server has always checked it.
        {{"--bogus"}, {}, {}, "Unknown option 'bogus'.\nTry --help."},
        {{"--port"}, {}, {}, "Missing value after '--port'."},
        {{"--port", "abc"}, {}, {}, "--port must be 0 to 65535"},
        {{"--port", "70000"}, {}, {}, "--port must be 0 to 65535"},
        {{"--port", "-1"}, {}, {}, "--port must be 0 to 65535"},
        {{"unexpected-argument"}, {}, {}, "unexpected argument unexpected-argument\nTry --help."},
        {{"--tls-cert", "cert.pem"}, {}, {}, "--tls-cert and --tls-key go together"},
        {{"--tls-key", "key.pem"}, {}, {}, "--tls-cert and --tls-key go together"},
        {{"--smtp-url", "http://127.0.0.1:25", "--mail-from-domain", "shop.test"},
         {},
         {},
         "--smtp-url must look like smtp://host:port or smtps://host:port"},
        {{"--smtp-url", "smtp://127.0.0.1:25"}, {}, {}, "--smtp-url needs --mail-from-domain"},
        {{"--smtp-url", "smtps://127.0.0.1:465", "--mail-from-domain", "shop.test", "--smtp-starttls"},
         {},
         {},
         "--smtp-starttls goes with smtp:// (smtps:// is TLS from the start)"},
        {{"--smtp-password-file", "/nonexistent/password"},
         {},
         {},
         "--smtp-password-file must name a readable, non-empty file"},
        {{"--smtp-password-file", "{dir}/empty"},
         {},
         {},
         "--smtp-password-file must name a readable, non-empty file"},
        {{"--inbound-secret-file", "/nonexistent/secret", "--reply-domain", "shop.test"},
         {},
         {},
         "--inbound-secret-file must name a readable file whose first line holds a secret of at least 16 "
         "characters"},
        {{"--inbound-secret-file", "{dir}/short-secret", "--reply-domain", "shop.test"},
         {},
         {},
         "a secret of at least 16 characters"},
        {{"--inbound-secret-file", "{dir}/secret"},
         {},
         {},
         "--inbound-secret-file needs --reply-domain or --mail-from-domain"},
        {{"--email-max-attempts", "0"},
         {},
         {},
         "--email-retry-ms, --email-retry-max-ms and --email-max-attempts must be positive integers"},
        {{"--email-retry-ms", "soon"}, {}, {}, "must be positive integers"},
        // The config file.
        {{"--config", "/nonexistent/server.conf"},
         {},
         {},
         "cannot read the config file /nonexistent/server.conf: "},
        {{}, "port = 8740\nprot = 8741\n", {}, "{conf}:2: unknown key \"prot\""},
        {{}, "--port = 8740\n", {}, "{conf}:1: unknown key \"--port\""},
        {{}, "port 8740\n", {}, "{conf}:1: expected key = value"},
        {{}, "[server]\nport = 8740\n", {}, "{conf}:1: sections are not supported"},
        {{}, "port = 1\n\nport = 2\n", {}, "{conf}:3: port is already set on line 1"},
        {{}, "config = /etc/other.conf\n", {}, "{conf}:1: config cannot be set in the config file"},
        {{}, "port = 8740 # the default\n", {}, "--port must be 0 to 65535 (from {conf} line 1)"},
        {{}, "port =\n", {}, "--port must be 0 to 65535 (from {conf} line 1)"},
        {{},
         "demo = maybe\n",
         {},
         "--demo must be true or false (or yes/no, on/off, 1/0) (from {conf} line 1)"},
        {{}, "smtp-url = smtp://127.0.0.1:25\n", {}, "--smtp-url needs --mail-from-domain"},
        {{}, "email-retry-max-ms = 0\n", {}, "must be positive integers (from {conf} line 1)"},
        {{}, "smtp-password-file = /nonexistent\n", {}, "non-empty file (from {conf} line 1)"},
        // The environment.
        {{},
         {},
         {{"SHOPINBOX_SERVER_PORT", "http"}},
         "--port must be 0 to 65535 (from SHOPINBOX_SERVER_PORT)"},
        {{},
         {},
         {{"SHOPINBOX_SERVER_SMTP_STARTTLS", "2"}},
         "--smtp-starttls must be true or false (or yes/no, on/off, 1/0) (from "
         "SHOPINBOX_SERVER_SMTP_STARTTLS)"},
        {{},
         {},
         {{"SHOPINBOX_SERVER_EMAIL_MAX_ATTEMPTS", "-3"}},
         "(from SHOPINBOX_SERVER_EMAIL_MAX_ATTEMPTS)"},
        {{}, {}, {{"SHOPINBOX_SERVER_TLS_KEY", "key.pem"}}, "--tls-cert and --tls-key go together"},
        // A good command line does not hide a bad value elsewhere that it does not override.
        {{"--port", "1"}, "email-retry-ms = soon\n", {}, "(from {conf} line 1)"},
    };
    for (const ErrorCase &c : cases) {
        OptionFiles files;
        QStringList arguments;
        for (QString argument : c.arguments)
            arguments += argument.replace(QStringLiteral("{dir}"), files.dir());
        QString config;
        if (!c.file.isEmpty()) {
            config = files.config(c.file);
            arguments += {QStringLiteral("--config"), config};
        }
        QString message = c.message;
        message.replace(QStringLiteral("{conf}"), config);
        const Parsed parsed = parse(arguments, c.environment);
        const std::string row = arguments.join(QLatin1Char(' ')).toStdString() + " | " + c.file.toStdString();
        EXPECT_EQ(parsed.action, Action::Fail) << row << ": " << describe(parsed);
        EXPECT_TRUE(parsed.text.contains(message))
            << row << "\nexpected: " << message.toStdString() << "\nactual:   " << parsed.text.toStdString();
    }
}

TEST(ServerOptionsParser, ABadValueOverriddenByAHigherSourceIsNoError)
{
    OptionFiles files;
    const Parsed parsed = parse({"--config", files.config("port = abc\n"), "--port", "1"},
                                {{"SHOPINBOX_SERVER_EMAIL_MAX_ATTEMPTS", "x"}});
    EXPECT_EQ(parsed.action, Action::Fail) << "the environment's bad value is not overridden";
    const Parsed fixed =
        parse({"--config", files.config("port = abc\n"), "--port", "1", "--email-max-attempts", "2"},
              {{"SHOPINBOX_SERVER_EMAIL_MAX_ATTEMPTS", "x"}});
    ASSERT_EQ(fixed.action, Action::Run) << describe(fixed);
    EXPECT_EQ(fixed.options.port, 1);
    EXPECT_EQ(fixed.options.emailMaxAttempts, 2);
}

TEST(ServerOptionsParser, UnknownServerVariablesAreWarnedAboutAndIgnored)
{
    const Parsed parsed = parse({}, {{"SHOPINBOX_SERVER_PROT", "1"}, {"SHOPINBOX_TEST_OTHER", "x"}});
    ASSERT_EQ(parsed.action, Action::Run) << describe(parsed);
    ASSERT_EQ(parsed.warnings.size(), 1) << parsed.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(parsed.warnings.constFirst().contains(QStringLiteral("SHOPINBOX_SERVER_PROT")));
    EXPECT_EQ(parsed.options.port, 8740);
}

TEST(ServerOptionsParser, HelpListsEveryOptionOnceAndVersionTheVersion)
{
    for (const QString &flag :
         {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all")}) {
        const Parsed help = parse({flag, "--port", "abc"});
        ASSERT_EQ(help.action, Action::ShowHelp) << describe(help);
        for (const ServerOptionsParser::Option &option : ServerOptionsParser::options()) {
            const QRegularExpression line(
                QStringLiteral("^  --%1(\\s|$)").arg(QRegularExpression::escape(option.name)),
                QRegularExpression::MultilineOption);
            EXPECT_EQ(help.text.count(line), 1) << option.name.toStdString() << " in:\n"
                                                << help.text.toStdString();
            EXPECT_TRUE(option.isSwitch() ||
                        help.text.contains(QStringLiteral("--%1 <%2>").arg(option.name, option.valueName)))
                << option.name.toStdString();
        }
        EXPECT_TRUE(help.text.contains(QStringLiteral("SHOPINBOX_SERVER_<NAME>")));
    }
    const Parsed version = parse({"--version"});
    ASSERT_EQ(version.action, Action::ShowVersion);
    EXPECT_EQ(version.text, QCoreApplication::applicationName() + QLatin1Char(' ') +
                                QCoreApplication::applicationVersion() + QLatin1Char('\n'));
}

TEST(ServerOptionsParser, TheExampleConfigFileNamesEveryOptionAndParses)
{
    const QString example = QStringLiteral(SHOPINBOX_SOURCE_DIR "/packaging/server.conf.example");
    QFile file(example);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << example.toStdString();
    const QString text = QString::fromUtf8(file.readAll());
    for (const ServerOptionsParser::Option &option : ServerOptionsParser::options()) {
        if (!option.inConfigFile)
            continue;
        const QRegularExpression line(
            QStringLiteral("^#? ?%1 = ").arg(QRegularExpression::escape(option.name)),
            QRegularExpression::MultilineOption);
        EXPECT_EQ(text.count(line), 1) << option.name.toStdString() << " in " << example.toStdString();
    }
    const Parsed asShipped = parse({"--config", example});
    EXPECT_EQ(asShipped.action, Action::Run) << describe(asShipped);
    EXPECT_TRUE(asShipped.warnings.isEmpty());

    // Every commented-out line, uncommented (the secret files replaced by real ones), parses too.
    OptionFiles files;
    QString uncommented;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        static const QRegularExpression commented(QStringLiteral("^# ?([a-z-]+ = .*)$"));
        const QRegularExpressionMatch match = commented.match(line);
        QString kept = match.hasMatch() ? match.captured(1) : line;
        if (kept.startsWith(QStringLiteral("smtp-password-file = ")))
            kept = QStringLiteral("smtp-password-file = ") + files.path(QStringLiteral("password"));
        if (kept.startsWith(QStringLiteral("inbound-secret-file = ")))
            kept = QStringLiteral("inbound-secret-file = ") + files.path(QStringLiteral("secret"));
        if (kept.startsWith(QStringLiteral("tls-")))
            continue; // the server reads the PEM files at start, not the parser: any path parses
        uncommented += kept + QLatin1Char('\n');
    }
    const Parsed everything =
        parse({"--config", files.config(uncommented.toUtf8(), QStringLiteral("all.conf"))});
    ASSERT_EQ(everything.action, Action::Run) << describe(everything) << "\n" << uncommented.toStdString();
}

/** A shop-inbox-server child process; waits for its "listening on" line or its exit. */
class ServerChild
{
public:
    explicit ServerChild(const QStringList &arguments, const Env &environment = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { err += m_process.readAllStandardError(); });
        m_process.start(QStringLiteral(SHOPINBOX_SERVER_BINARY), arguments);
    }
    ~ServerChild()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    /** The URL of the "listening on" line; invalid when the process ended first. */
    QUrl waitForListening()
    {
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)\\n"));
        QUrl url;
        waitFor([&] {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch())
                url = QUrl(match.captured(1));
            return url.isValid() || m_process.state() == QProcess::NotRunning;
        });
        return url;
    }
    int waitForExit()
    {
        waitFor([this] { return m_process.state() == QProcess::NotRunning; });
        return m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1;
    }
    std::string output() const { return ("stdout: " + out + "\nstderr: " + err).toStdString(); }

    QByteArray out;
    QByteArray err;

private:
    QProcess m_process;
};

/** A loopback port that was free a moment ago (the test holds the resource lock of such tests). */
quint16 freePort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

TEST(ServerConfigFile, TheServerListensWhereItsConfigFileSays)
{
    OptionFiles files;
    const quint16 port = freePort();
    const QString config =
        files.config(QStringLiteral("# test\nhost = 127.0.0.1\nport = %1\ndata-dir = {dir}/data\n"
                                    "email-max-attempts = 3\n")
                         .arg(port)
                         .toUtf8());
    ServerChild server({QStringLiteral("--config"), config});
    const QUrl url = server.waitForListening();
    ASSERT_TRUE(url.isValid()) << server.output();
    EXPECT_EQ(url, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))) << server.output();
    HttpClient http;
    http.setBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    EXPECT_EQ(http.get(QStringLiteral("/storefront/widget.js")).status, 200);
    EXPECT_TRUE(QFile::exists(files.path(QStringLiteral("data/shop.sqlite")))) << "the data-dir of the file";
}

TEST(ServerConfigFile, TheEnvironmentAndTheCommandLineOverrideTheFile)
{
    OptionFiles files;
    const quint16 filePort = freePort();
    quint16 environmentPort = freePort();
    while (environmentPort == filePort)
        environmentPort = freePort();
    const QString config =
        files.config(QStringLiteral("port = %1\ndata-dir = {dir}/from-file\n").arg(filePort).toUtf8());
    ServerChild server(
        {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), files.path(QStringLiteral("cli"))},
        {{"SHOPINBOX_SERVER_PORT", QString::number(environmentPort)}});
    const QUrl url = server.waitForListening();
    ASSERT_TRUE(url.isValid()) << server.output();
    EXPECT_EQ(url.port(), environmentPort) << server.output();
    EXPECT_TRUE(QFile::exists(files.path(QStringLiteral("cli/shop.sqlite"))));
    EXPECT_FALSE(QFile::exists(files.path(QStringLiteral("from-file"))));
}

TEST(ServerConfigFile, AnUnknownKeyExitsWith2BeforeListening)
{
    OptionFiles files;
    const QString config = files.config("port = 0\nlisten = 127.0.0.1\n");
    ServerChild server({QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                        files.path(QStringLiteral("data"))});
    EXPECT_EQ(server.waitForExit(), 2) << server.output();
    EXPECT_TRUE(server.err.startsWith("shop-inbox-server: " + config.toUtf8() + ":2: unknown key \"listen\""))
        << server.output();
    EXPECT_FALSE(server.out.contains("listening")) << server.output();
    EXPECT_FALSE(QFile::exists(files.path(QStringLiteral("data")))) << "nothing is created";
}

} // namespace
