#include "serveroptionsparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <array>
#include <cstddef>

namespace shopinbox::server {

namespace {

/** The options, in table order. */
enum class Id {
    Config,
    DataDir,
    Database,
    Host,
    Port,
    Demo,
    DemoTraffic,
    TlsCert,
    TlsKey,
    DemoData,
    SmtpUrl,
    SmtpUser,
    SmtpPasswordFile,
    SmtpStartTls,
    MailFromDomain,
    ReplyDomain,
    EmailRetryMs,
    EmailRetryMaxMs,
    EmailMaxAttempts,
    InboundSecretFile,
    NetworkThreads,
    MaxConnections,
    MaxConnectionsPerAddress,
    HeadTimeoutMs,
    BodyTimeoutMs,
    IdleTimeoutMs,
    WriteTimeoutMs,
    WsIdleTimeoutMs,
    SessionsPerAddress,
    LookupsPerAddress,
    PresenceLeaseMs,
    Count
};

struct Entry
{
    Id id;
    const char *name;
    const char *valueName; // nullptr: a switch
    const char *help;
};

// The one description of every option. Defaults live in ServerOptions.
constexpr std::array<Entry, static_cast<std::size_t>(Id::Count)> Table{{
    {Id::Config, "config", "file",
     "Read options from this file first (key = value, a key per long option; see docs/protocol.md). The "
     "environment and the command line override it."},
    {Id::DataDir, "data-dir", "dir",
     "Directory for the SQLite database and media (default: the application data directory, e.g. "
     "~/.local/share/ShopInbox/shop-inbox-server)."},
    {Id::Database, "database", "url",
     "postgresql://user[:password]@host[:port]/dbname to share one PostgreSQL database between several "
     "server processes (default: SQLite in the data directory)."},
    {Id::Host, "host", "address", "IP address to listen on (default: 127.0.0.1)."},
    {Id::Port, "port", "port", "TCP port; 0 picks a free one (default: 8740)."},
    {Id::Demo, "demo", nullptr, "Seed the demo shop on first start."},
    {Id::DemoTraffic, "demo-traffic", nullptr, "Simulate storefront customers who chat and shop."},
    {Id::TlsCert, "tls-cert", "file", "PEM certificate: serve HTTPS/WSS."},
    {Id::TlsKey, "tls-key", "file", "PEM private key for --tls-cert."},
    {Id::DemoData, "demo-data", "file", "Demo shop JSON to seed instead of the built-in one."},
    {Id::SmtpUrl, "smtp-url", "url",
     "Send replies to customers who are not in the store by email through this SMTP server: "
     "smtp://host:port (plain, STARTTLS when offered) or smtps://host:port (TLS). Default: no email."},
    {Id::SmtpUser, "smtp-user", "name", "SMTP AUTH user name (default: no AUTH)."},
    {Id::SmtpPasswordFile, "smtp-password-file", "file", "File holding the SMTP AUTH password (first line)."},
    {Id::SmtpStartTls, "smtp-starttls", nullptr, "With smtp://: refuse to send unless STARTTLS succeeds."},
    {Id::MailFromDomain, "mail-from-domain", "domain",
     "Domain of the From address notifications@<domain> (required with --smtp-url)."},
    {Id::ReplyDomain, "reply-domain", "domain",
     "Domain of the per-conversation Reply-To addresses reply+<id>.<token>@<domain>, whose mail the relay "
     "posts to /api/v1/inbound-email (default: --mail-from-domain)."},
    {Id::EmailRetryMs, "email-retry-ms", "ms",
     "Delay before the first retry of a failed email, doubled after each further failure (default: 5000)."},
    {Id::EmailRetryMaxMs, "email-retry-max-ms", "ms",
     "Longest delay between two attempts of an email (default: 3600000)."},
    {Id::EmailMaxAttempts, "email-max-attempts", "n",
     "Attempts before an email is given up and its message marked failed (default: 10)."},
    {Id::InboundSecretFile, "inbound-secret-file", "file",
     "File holding the secret (first line) the mail relay sends as Authorization: Bearer to POST "
     "/api/v1/inbound-email. Default: the endpoint is off."},
    {Id::NetworkThreads, "network-threads", "n",
     "Threads that accept, parse and write connections (default: 2). The domain runs on its own thread."},
    {Id::MaxConnections, "max-connections", "n",
     "Open connections in all; more get 503 with Retry-After (default: 0 = the descriptor limit minus 128)."},
    {Id::MaxConnectionsPerAddress, "max-connections-per-address", "n",
     "Open connections of one client address (default: 256; 0 = no cap, e.g. behind a reverse proxy)."},
    {Id::HeadTimeoutMs, "head-timeout-ms", "ms", "Time for a request's line and headers (default: 10000)."},
    {Id::BodyTimeoutMs, "body-timeout-ms", "ms", "Time for a request's body (default: 60000)."},
    {Id::IdleTimeoutMs, "idle-timeout-ms", "ms",
     "How long a kept-alive connection may wait for its next request (default: 30000)."},
    {Id::WriteTimeoutMs, "write-timeout-ms", "ms",
     "How long one response or frame may take to reach a peer that does not read (default: 30000)."},
    {Id::WsIdleTimeoutMs, "ws-idle-timeout-ms", "ms",
     "A WebSocket that sends nothing for this long is dropped; it is pinged at half of it (default: 60000)."},
    {Id::SessionsPerAddress, "sessions-per-address", "n",
     "New storefront chat sessions one client address may start in 10 minutes (default: 30; 0 = no limit, "
     "e.g. behind a reverse proxy that limits them itself)."},
    {Id::LookupsPerAddress, "lookups-per-address", "n",
     "Order-status lookups one client address may make in 10 minutes (default: 20; 0 = no limit)."},
    {Id::PresenceLeaseMs, "presence-lease-ms", "ms",
     "This process's presence lease, renewed every third of it: a crashed process's customers go offline "
     "at most this long after (default: 30000)."},
}};

constexpr bool tableInIdOrder()
{
    for (std::size_t i = 0; i < Table.size(); ++i) {
        if (static_cast<std::size_t>(Table[i].id) != i)
            return false;
    }
    return true;
}
static_assert(tableInIdOrder(), "Table must list the options in the order of Id");

constexpr const char *Description =
    "The Shop Inbox shop server: staff API, storefront chat and the event stream desktop clients sync with.\n"
    "\n"
    "Every option can also be set in the --config file as a line name = value (port = 8740,\n"
    "demo = true) and in the environment as SHOPINBOX_SERVER_<NAME> (SHOPINBOX_SERVER_PORT=8740,\n"
    "SHOPINBOX_SERVER_SMTP_URL=...). The command line overrides the environment, the environment the file.";

/** A value and where it came from (empty: the command line). */
struct Setting
{
    bool set = false;
    QString value;
    QString source;
};

class Parse
{
public:
    explicit Parse(const QProcessEnvironment &environment)
        : m_environment(environment)
    {
    }

    ServerOptionsParser::Result run(const QStringList &arguments);

private:
    const Setting &at(Id id) const { return m_settings[static_cast<std::size_t>(id)]; }
    Setting &at(Id id) { return m_settings[static_cast<std::size_t>(id)]; }
    bool isSet(Id id) const { return at(id).set; }
    QString value(Id id) const { return at(id).value; }
    /** " (from SOURCE)" when @p id was not given on the command line. */
    QString from(Id id) const
    {
        const QString &source = at(id).source;
        return source.isEmpty() ? QString() : QStringLiteral(" (from %1)").arg(source);
    }

    bool readConfigFile(const QString &path, const QString &source);
    void readEnvironment();
    bool switchValue(Id id, bool *on);
    bool convert(ServerOptions &options);
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    const QProcessEnvironment &m_environment;
    std::array<Setting, static_cast<std::size_t>(Id::Count)> m_settings;
    QString m_error;
    QStringList m_warnings;
};

QString environmentVariableOf(const QString &name)
{
    return QStringLiteral("SHOPINBOX_SERVER_") + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

const Entry *entryNamed(const QString &name)
{
    for (const Entry &entry : Table) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

bool Parse::readConfigFile(const QString &path, const QString &source)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(
            QStringLiteral("cannot read the config file %1%2: %3").arg(path, source, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark some editors write
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    std::array<int, Table.size()> seenOnLine{}; // 0: not yet
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = static_cast<int>(i) + 1;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(number);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')))
            return fail(
                QStringLiteral("%1: sections are not supported; write key = value lines only").arg(where));
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            return fail(QStringLiteral("%1: expected key = value").arg(where));
        const QString key = line.left(equals).trimmed();
        const Entry *entry = entryNamed(key);
        if (!entry)
            return fail(QStringLiteral("%1: unknown key \"%2\" (the keys are the long options, see --help)")
                            .arg(where, key));
        if (entry->id == Id::Config)
            return fail(QStringLiteral("%1: config cannot be set in the config file").arg(where));
        int &seen = seenOnLine[static_cast<std::size_t>(entry->id)];
        if (seen != 0)
            return fail(QStringLiteral("%1: %2 is already set on line %3").arg(where, key).arg(seen));
        seen = number;
        at(entry->id) = {true, line.mid(equals + 1).trimmed(),
                         QStringLiteral("%1 line %2").arg(path).arg(number)};
    }
    return true;
}

void Parse::readEnvironment()
{
    static const QString Prefix = QStringLiteral("SHOPINBOX_SERVER_");
    for (const QString &variable : m_environment.keys()) {
        if (!variable.startsWith(Prefix))
            continue;
        const Entry *known = nullptr;
        for (const Entry &entry : Table) {
            if (environmentVariableOf(QLatin1String(entry.name)) == variable)
                known = &entry;
        }
        if (!known) {
            m_warnings.append(
                QStringLiteral("ignoring the environment variable %1: no such option").arg(variable));
            continue;
        }
        const QString value = m_environment.value(variable);
        if (value.isEmpty() || known->id == Id::Config)
            continue;
        at(known->id) = {true, value, variable};
    }
}

bool Parse::switchValue(Id id, bool *on)
{
    const Setting &setting = at(id);
    if (!setting.set) {
        *on = false;
        return true;
    }
    if (setting.source.isEmpty()) { // on the command line: present
        *on = true;
        return true;
    }
    const QString value = setting.value.toLower();
    static const QStringList Yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
                                 QStringLiteral("1")};
    static const QStringList No{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"),
                                QStringLiteral("0")};
    if (Yes.contains(value)) {
        *on = true;
        return true;
    }
    if (No.contains(value)) {
        *on = false;
        return true;
    }
    return fail(QStringLiteral("--%1 must be true or false (or yes/no, on/off, 1/0)%2")
                    .arg(QLatin1String(Table[static_cast<std::size_t>(id)].name), from(id)));
}

bool readSecret(const QString &path, QString *value)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *value = QString::fromUtf8(file.readLine(4096)).trimmed();
    return !value->isEmpty();
}

bool Parse::convert(ServerOptions &options)
{
    // The checks and messages of shop-inbox-server before the config file, in the same order.
    if (isSet(Id::DataDir))
        options.dataDirectory = value(Id::DataDir);
    if (isSet(Id::Database))
        options.databaseUrl = value(Id::Database);
    if (isSet(Id::Host))
        options.host = value(Id::Host);
    if (isSet(Id::Port)) {
        bool ok = false;
        const uint portNumber = value(Id::Port).toUInt(&ok);
        if (!ok || portNumber > 65535)
            return fail(QStringLiteral("--port must be 0 to 65535") + from(Id::Port));
        options.port = static_cast<quint16>(portNumber);
    }
    bool demo = false;
    bool demoTraffic = false;
    if (!switchValue(Id::Demo, &demo) || !switchValue(Id::DemoTraffic, &demoTraffic))
        return false;
    options.demo = demo || demoTraffic;
    options.demoTraffic = demoTraffic;
    options.tlsCertificate = value(Id::TlsCert);
    options.tlsKey = value(Id::TlsKey);
    options.demoDataFile = value(Id::DemoData);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));

    options.smtpUrl = value(Id::SmtpUrl);
    options.smtpUser = value(Id::SmtpUser);
    if (!switchValue(Id::SmtpStartTls, &options.smtpStartTls))
        return false;
    options.mailFromDomain = value(Id::MailFromDomain);
    options.replyDomain = value(Id::ReplyDomain);
    if (!options.smtpUrl.isEmpty()) {
        const QUrl url(options.smtpUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")))
            return fail(QStringLiteral("--smtp-url must look like smtp://host:port or smtps://host:port") +
                        from(Id::SmtpUrl));
        if (options.mailFromDomain.isEmpty())
            return fail(QStringLiteral("--smtp-url needs --mail-from-domain"));
        if (options.smtpStartTls && scheme != QLatin1String("smtp"))
            return fail(QStringLiteral("--smtp-starttls goes with smtp:// (smtps:// is TLS from the start)"));
    }
    if (isSet(Id::SmtpPasswordFile) && !readSecret(value(Id::SmtpPasswordFile), &options.smtpPassword))
        return fail(QStringLiteral("--smtp-password-file must name a readable, non-empty file") +
                    from(Id::SmtpPasswordFile));
    if (isSet(Id::InboundSecretFile)) {
        if (!readSecret(value(Id::InboundSecretFile), &options.inboundSecret) ||
            options.inboundSecret.size() < 16)
            return fail(
                QStringLiteral("--inbound-secret-file must name a readable file whose first line holds "
                               "a secret of at least 16 characters") +
                from(Id::InboundSecretFile));
        if (options.replyDomain.isEmpty() && options.mailFromDomain.isEmpty())
            return fail(QStringLiteral("--inbound-secret-file needs --reply-domain or --mail-from-domain"));
    }
    const auto positive = [this](Id id, int *target) {
        if (!isSet(id))
            return true;
        bool valid = false;
        const int number = value(id).toInt(&valid);
        if (!valid || number < 1)
            return fail(
                QStringLiteral("--email-retry-ms, --email-retry-max-ms and --email-max-attempts must be "
                               "positive integers") +
                from(id));
        *target = number;
        return true;
    };
    if (!positive(Id::EmailRetryMs, &options.emailRetryInitialMs) ||
        !positive(Id::EmailRetryMaxMs, &options.emailRetryMaxMs) ||
        !positive(Id::EmailMaxAttempts, &options.emailMaxAttempts))
        return false;
    const auto number = [this](Id id, int minimum, int *target) {
        if (!isSet(id))
            return true;
        bool valid = false;
        const int parsed = value(id).toInt(&valid);
        if (!valid || parsed < minimum)
            return fail(QStringLiteral("--%1 must be an integer of at least %2")
                            .arg(QLatin1String(Table[static_cast<std::size_t>(id)].name))
                            .arg(minimum) +
                        from(id));
        *target = parsed;
        return true;
    };
    NetLimits &net = options.net;
    return number(Id::NetworkThreads, 1, &net.networkThreads) &&
           number(Id::MaxConnections, 0, &net.maxConnections) &&
           number(Id::MaxConnectionsPerAddress, 0, &net.maxConnectionsPerAddress) &&
           number(Id::HeadTimeoutMs, 1, &net.headTimeoutMs) &&
           number(Id::BodyTimeoutMs, 1, &net.bodyTimeoutMs) &&
           number(Id::IdleTimeoutMs, 1, &net.idleTimeoutMs) &&
           number(Id::WriteTimeoutMs, 1, &net.writeTimeoutMs) &&
           number(Id::WsIdleTimeoutMs, 2, &net.wsIdleTimeoutMs) &&
           number(Id::SessionsPerAddress, 0, &options.sessionsPerAddress) &&
           number(Id::LookupsPerAddress, 0, &options.lookupsPerAddress) &&
           number(Id::PresenceLeaseMs, 300, &options.presenceLeaseMs);
}

ServerOptionsParser::Result Parse::run(const QStringList &arguments)
{
    using Action = ServerOptionsParser::Action;
    ServerOptionsParser::Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(Description));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QList<QCommandLineOption> lineOptions;
    for (const ServerOptionsParser::Option &option : ServerOptionsParser::options()) {
        lineOptions.append(option.isSwitch()
                               ? QCommandLineOption(option.name, option.help)
                               : QCommandLineOption(option.name, option.help, option.valueName));
    }
    parser.addOptions(lineOptions);
    if (!parser.parse(arguments)) {
        result.text = parser.errorText() + QStringLiteral("\nTry --help.");
        return result;
    }
    // Qt's --help-all adds Qt's own options, which shop-inbox-server does not read: the same help.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        result.text = QCoreApplication::applicationName() + QLatin1Char(' ') +
                      QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.text = QStringLiteral("unexpected argument %1\nTry --help.")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }

    // Lowest first: the file, then the environment, then the command line.
    const QString configVariable = ServerOptionsParser::options().constFirst().environmentVariable();
    QString configFile = m_environment.value(configVariable);
    QString configSource =
        configFile.isEmpty() ? QString() : QStringLiteral(" (from %1)").arg(configVariable);
    if (parser.isSet(lineOptions.constFirst())) {
        configFile = parser.value(lineOptions.constFirst());
        configSource.clear();
    }
    if (!configFile.isEmpty() && !readConfigFile(configFile, configSource)) {
        result.text = m_error;
        return result;
    }
    readEnvironment();
    for (std::size_t i = 1; i < Table.size(); ++i) {
        const QCommandLineOption &option = lineOptions.at(static_cast<qsizetype>(i));
        if (parser.isSet(option))
            m_settings[i] = {true, Table[i].valueName ? parser.value(option) : QString(), QString()};
    }
    result.warnings = m_warnings;
    if (!convert(result.options)) {
        result.text = m_error;
        return result;
    }
    result.action = Action::Run;
    return result;
}

} // namespace

QString ServerOptionsParser::Option::environmentVariable() const
{
    return environmentVariableOf(name);
}

const QList<ServerOptionsParser::Option> &ServerOptionsParser::options()
{
    static const QList<Option> List = [] {
        QList<Option> list;
        for (const Entry &entry : Table) {
            list.append({QString::fromLatin1(entry.name),
                         entry.valueName ? QString::fromLatin1(entry.valueName) : QString(),
                         QString::fromUtf8(entry.help), entry.id != Id::Config});
        }
        return list;
    }();
    return List;
}

ServerOptionsParser::Result ServerOptionsParser::parse(const QStringList &arguments,
                                                       const QProcessEnvironment &environment)
{
    return Parse(environment).run(arguments);
}

} // namespace shopinbox::server
