#include "serverfixture.h"

#include <QBuffer>
#include <QImage>

#include "codec/jsoncodec.h"
#include "serverdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace shopinbox;

namespace servertest {

QByteArray imageBytes(int size, Qt::GlobalColor color, const char *format)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QJsonObject &demoData()
{
    static const QJsonObject data = [] {
        QFile file(QStringLiteral(":/demo/demo-shop.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

// --- HttpResponse ---------------------------------------------------------------------------------------

QJsonObject HttpResponse::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResponse::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResponse::errorCode() const
{
    return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpResponse::errorMessage() const
{
    return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

bool HttpResponse::hasErrorShape() const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject() || document.object().size() != 1)
        return false;
    const QJsonValue error = document.object().value(QStringLiteral("error"));
    if (!error.isObject())
        return false;
    const QJsonValue code = error.toObject().value(QStringLiteral("code"));
    const QJsonValue message = error.toObject().value(QStringLiteral("message"));
    return code.isString() && !code.toString().isEmpty() && message.isString() &&
           !message.toString().isEmpty();
}

std::string HttpResponse::describe() const
{
    std::string text = std::to_string(status) + " ";
    text += body.size() > 500 ? body.left(500).toStdString() + "..." : body.toStdString();
    if (!networkError.isEmpty())
        text += " (" + networkError.toStdString() + ")";
    return text;
}

// --- HttpClient -----------------------------------------------------------------------------------------

HttpClient::HttpClient()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

QUrl HttpClient::url(const QString &pathAndQuery) const
{
    return QUrl(m_base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash) +
                pathAndQuery);
}

QNetworkReply *HttpClient::start(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QString &token, const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(20000);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return m_manager.sendCustomRequest(request, method, body);
}

HttpResponse HttpClient::finish(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QStringLiteral("no response within %1 ms").arg(timeoutMs);
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (response.status == 0 && response.networkError.isEmpty())
        response.networkError = reply->errorString();
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QString &token, const QByteArray &contentType)
{
    return finish(start(method, path, body, token, contentType));
}

HttpResponse HttpClient::get(const QString &path, const QString &token)
{
    return send("GET", path, {}, token);
}

HttpResponse HttpClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResponse HttpClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResponse HttpClient::patch(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString HttpClient::login(const QString &email, const QString &password)
{
    const HttpResponse response =
        post(QStringLiteral("/api/v1/login"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (response.status != 200) {
        ADD_FAILURE() << "login of " << email.toStdString() << " failed: " << response.describe();
        return {};
    }
    const QString token = response.object().value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        ADD_FAILURE() << "login returned no token: " << response.describe();
    return token;
}

QList<ServerEvent> HttpClient::syncAll(const QString &token, qint64 since, int limit)
{
    QList<ServerEvent> all;
    for (int pages = 0; pages < 100000; ++pages) {
        QString path = QStringLiteral("/api/v1/sync?since=%1").arg(since);
        if (limit > 0)
            path += QStringLiteral("&limit=%1").arg(limit);
        const HttpResponse response = get(path, token);
        if (response.status != 200) {
            ADD_FAILURE() << "GET " << path.toStdString() << ": " << response.describe();
            return all;
        }
        const Decoded<json::SyncPage> page = json::decodeSyncPage(response.body);
        if (!page) {
            ADD_FAILURE() << "the sync page does not decode: " << page.error().toString().toStdString();
            return all;
        }
        for (const ServerEvent &event : page.value().events) {
            const QString error = checkEventData(event);
            if (!error.isEmpty())
                ADD_FAILURE() << "event " << event.seq << " (" << event.type.toStdString()
                              << "): " << error.toStdString();
        }
        if (page.value().nextSince < since)
            ADD_FAILURE() << "next_since " << page.value().nextSince << " went back from since " << since;
        if (page.value().events.isEmpty() && page.value().hasMore) {
            ADD_FAILURE() << "an empty page claims has_more";
            return all;
        }
        if (limit > 0 && page.value().events.size() > limit)
            ADD_FAILURE() << "a page holds " << page.value().events.size() << " events, limit " << limit;
        all += page.value().events;
        if (!page.value().hasMore)
            return all;
        since = page.value().nextSince;
    }
    ADD_FAILURE() << "sync did not end";
    return all;
}

qint64 HttpClient::lastSeq(const QString &token)
{
    const QList<ServerEvent> events = syncAll(token);
    return events.isEmpty() ? 0 : events.constLast().seq;
}

QString checkEventData(const ServerEvent &event)
{
    const QJsonValue data(event.data);
    const QString path = QStringLiteral("data");
    const auto check = [](const auto &decoded) { return decoded ? QString() : decoded.error().toString(); };
    const QString &type = event.type;
    if (type == QLatin1String("message.created") || type == QLatin1String("message.updated"))
        return check(json::decodeMessage(data, path));
    if (type == QLatin1String("conversation.upserted"))
        return check(json::decodeConversation(data, path));
    if (type == QLatin1String("customer.upserted"))
        return check(json::decodeCustomer(data, path));
    if (type == QLatin1String("presence.changed"))
        return check(json::decodePresence(data, path));
    if (type == QLatin1String("cart.updated"))
        return check(json::decodeCart(data, path));
    if (type == QLatin1String("order.upserted"))
        return check(json::decodeOrder(data, path));
    if (type == QLatin1String("staff.upserted"))
        return check(json::decodeStaff(data, path));
    if (type == QLatin1String("product.upserted"))
        return check(json::decodeProduct(data, path));
    if (type == QLatin1String("discount.upserted"))
        return check(json::decodeDiscountCode(data, path));
    if (type == QLatin1String("saved_reply.upserted"))
        return check(json::decodeSavedReply(data, path));
    if (type == QLatin1String("saved_reply.deleted"))
        return check(json::decodeSavedReplyDeletion(data, path));
    if (type == QLatin1String("settings.updated"))
        return {};
    return QStringLiteral("unknown event type");
}

::testing::AssertionResult isGapFree(const QList<ServerEvent> &events, qint64 firstSeq)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).seq != firstSeq + i)
            return ::testing::AssertionFailure()
                   << "event " << i << " has seq " << events.at(i).seq << ", expected " << firstSeq + i
                   << (i > 0 ? " (previous " + std::to_string(events.at(i - 1).seq) + ")" : std::string());
    }
    return ::testing::AssertionSuccess() << events.size() << " events from seq " << firstSeq;
}

QList<ServerEvent> ofType(const QList<ServerEvent> &events, const QString &type)
{
    QList<ServerEvent> result;
    for (const ServerEvent &event : events) {
        if (event.type == type)
            result.append(event);
    }
    return result;
}

// --- WsClient -------------------------------------------------------------------------------------------

WsClient::WsClient()
{
    socket.setProxy(QNetworkProxy::NoProxy);
    connect(&socket, &QWebSocket::connected, this, [this] { connected = true; });
    connect(&socket, &QWebSocket::disconnected, this, [this] {
        closed = true;
        closeCode = socket.closeCode();
    });
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        texts.append(text);
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

WsClient::~WsClient()
{
    socket.disconnect(this);
    socket.abort();
}

bool WsClient::open(const QUrl &url, const QString &bearer, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    socket.open(request);
    waitFor([this] { return connected || closed; }, timeoutMs);
    return connected && !closed;
}

void WsClient::sendJson(const QJsonObject &object)
{
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void WsClient::sendText(const QString &text)
{
    socket.sendTextMessage(text);
}

void WsClient::close()
{
    socket.close();
    waitForClosed(3000);
}

bool WsClient::waitForFrames(qsizetype count, int timeoutMs)
{
    return waitFor([&] { return frames.size() >= count; }, timeoutMs);
}

qsizetype WsClient::waitForFrame(const std::function<bool(const QJsonObject &)> &match, qsizetype from,
                                 int timeoutMs)
{
    qsizetype found = -1;
    qsizetype checked = from;
    waitFor(
        [&] {
            for (; checked < frames.size(); ++checked) {
                if (match(frames.at(checked))) {
                    found = checked;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool WsClient::waitForClosed(int timeoutMs)
{
    return waitFor([this] { return closed; }, timeoutMs);
}

QList<ServerEvent> WsClient::events() const
{
    QList<ServerEvent> result;
    for (const QString &text : texts) {
        const Decoded<ServerEvent> event = json::decodeEvent(text.toUtf8());
        if (!event) {
            ADD_FAILURE() << "stream frame does not decode: " << event.error().toString().toStdString()
                          << ": " << text.left(200).toStdString();
            continue;
        }
        const QString error = checkEventData(event.value());
        if (!error.isEmpty())
            ADD_FAILURE() << "stream event " << event.value().seq << ": " << error.toStdString();
        result.append(event.value());
    }
    return result;
}

// --- PgDatabase -----------------------------------------------------------------------------------------

namespace {

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

QString withDatabase(QUrl url, const QString &name)
{
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// One advisory lock key for building the template, so that parallel test processes build it once.
constexpr qint64 TemplateLockKey = 7'420'261'124;

/**
 * The demo shop seeded once per cluster into a template database; tests copy it (CREATE DATABASE ...
 * TEMPLATE), which takes a fraction of the time seeding takes over the network. The name changes with the
 * demo data and the schema, so a cluster that outlives a build never hands out a stale copy.
 */
QString ensureDemoTemplate(QSqlDatabase &admin, const QUrl &adminUrl, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QFile demo(QStringLiteral(":/demo/demo-shop.json"));
    if (!demo.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the server's built-in demo data is missing");
        return {};
    }
    hash.addData(demo.readAll());
    hash.addData(QByteArray::number(shopinbox::server::ServerDatabase::latestVersion()));
    const QString name =
        QStringLiteral("shopinbox_demo_") + QString::fromLatin1(hash.result().toHex().left(12));
    if (!execSql(admin, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(TemplateLockKey), error))
        return {};
    QSqlQuery exists(admin);
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    exists.addBindValue(name);
    if (!exists.exec()) {
        *error = exists.lastError().text();
        return {};
    }
    const bool built = exists.next();
    exists.finish();
    if (!built) {
        const QString building = name + QStringLiteral("_building");
        if (!execSql(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building), error) ||
            !execSql(admin, QStringLiteral("CREATE DATABASE %1").arg(building), error))
            return {};
        {
            QTemporaryDir dataDir;
            shopinbox::server::ServerOptions options;
            options.dataDirectory = dataDir.path();
            options.databaseUrl = withDatabase(adminUrl, building);
            options.port = 0;
            options.demo = true;
            shopinbox::server::ServerRunner seeder;
            const QString failure = seeder.start(options);
            seeder.stop();
            if (!failure.isEmpty()) {
                *error = QStringLiteral("seeding the demo shop into %1 failed: %2").arg(building, failure);
                return {};
            }
        }
        if (!execSql(admin, QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name), error))
            return {};
    }
    if (!execSql(admin, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(TemplateLockKey), error))
        return {};
    return name;
}

} // namespace

QString PgDatabase::adminUrl()
{
    return qEnvironmentVariable("SHOPINBOX_TEST_PG_ADMIN_URL");
}

std::unique_ptr<PgDatabase> PgDatabase::create(Content content, QString *error)
{
    const QUrl admin(adminUrl(), QUrl::StrictMode);
    if (!admin.isValid() || !admin.scheme().startsWith(QLatin1String("postgres")) || admin.host().isEmpty()) {
        *error =
            QStringLiteral("SHOPINBOX_TEST_PG_ADMIN_URL must be postgresql://user@host:port/db, got \"%1\"")
                .arg(adminUrl());
        return nullptr;
    }
    std::unique_ptr<PgDatabase> result(new PgDatabase);
    result->m_connection =
        QStringLiteral("shopinbox-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), result->m_connection);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver QPSQL is not available");
        return nullptr;
    }
    db.setHostName(admin.host());
    db.setPort(admin.port(5432));
    db.setUserName(admin.userName());
    db.setPassword(admin.password());
    db.setDatabaseName(admin.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!db.open()) {
        *error =
            QStringLiteral("cannot connect to the test PostgreSQL cluster %1 (did pg_cluster_start run?): %2")
                .arg(adminUrl(), db.lastError().text());
        return nullptr;
    }
    QString templateName;
    if (content == Content::DemoShop) {
        templateName = ensureDemoTemplate(db, admin, error);
        if (templateName.isEmpty())
            return nullptr;
    }
    const QString name =
        QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QString sql = QStringLiteral("CREATE DATABASE %1").arg(name);
    if (!templateName.isEmpty())
        sql += QStringLiteral(" TEMPLATE %1").arg(templateName);
    if (!execSql(db, sql, error))
        return nullptr;
    result->m_name = name;
    result->m_url = withDatabase(admin, name);
    return result;
}

PgDatabase::~PgDatabase()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && !m_name.isEmpty()) {
            // The cluster is thrown away after the run; dropping keeps a long run's disk use flat.
            QSqlQuery query(db);
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

// --- ServerFixture --------------------------------------------------------------------------------------

void ServerFixture::SetUp()
{
    if (qEnvironmentVariableIsEmpty("SHOPINBOX_TEST_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("shopinbox.server.http.info=false"));
    ASSERT_TRUE(m_dataDir.isValid());
    shopinbox::server::ServerOptions options;
    options.dataDirectory = m_dataDir.path();
    options.port = 0;
    options.demo = true;
    // In-process clients cannot answer a close frame while stop() waits on this thread: the frame is out
    // as soon as it is queued, so a short grace is enough (production: 3 s).
    options.net.shutdownGraceMs = 100;
    if (!PgDatabase::adminUrl().isEmpty()) {
        QString error;
        m_pg = PgDatabase::create(PgDatabase::Content::DemoShop, &error);
        ASSERT_TRUE(m_pg) << error.toStdString();
        options.databaseUrl = m_pg->url();
    } else {
        options.databaseUrl = qEnvironmentVariable("SHOPINBOX_TEST_DATABASE_URL");
    }
    adjustOptions(options);
    m_options = options;
    m_runner = std::make_unique<shopinbox::server::ServerRunner>(clock());
    const QString error = m_runner->start(options);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_TRUE(m_runner->url().isValid());
    http.setBase(m_runner->url());
}

void ServerFixture::restartServer(const std::function<void(shopinbox::server::ServerOptions &)> &change)
{
    m_runner->stop();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_runner.reset();
    if (change)
        change(m_options);
    m_runner = std::make_unique<shopinbox::server::ServerRunner>(clock());
    const QString error = m_runner->start(m_options);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    http.setBase(m_runner->url());
}

void ServerFixture::TearDown()
{
    if (m_runner)
        m_runner->stop();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_runner.reset();
    m_pg.reset();
}

QUrl ServerFixture::wsUrl(const QString &pathAndQuery) const
{
    QUrl base = m_runner->url();
    base.setScheme(base.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return QUrl(base.toString(QUrl::StripTrailingSlash) + pathAndQuery);
}

QJsonObject ServerFixture::startSession(const QString &name, const QString &email)
{
    const HttpResponse response =
        http.post(QStringLiteral("/storefront/v1/sessions"),
                  {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}});
    if (response.status != 201) {
        ADD_FAILURE() << "POST /storefront/v1/sessions for " << email.toStdString() << ": "
                      << response.describe();
        return {};
    }
    return response.object();
}

QJsonObject ServerFixture::postText(const QString &token, qint64 conversationId, const QString &body)
{
    const HttpResponse response =
        http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                  {{QStringLiteral("client_id"), newClientId()}, {QStringLiteral("body"), body}}, token);
    if (response.status != 201) {
        ADD_FAILURE() << "posting a message into conversation " << conversationId << ": "
                      << response.describe();
        return {};
    }
    return response.object();
}

} // namespace servertest
