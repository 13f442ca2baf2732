// The storefront chat widget and the demo store served by the shop server from its resources, over
// loopback: content types, caching, CORS, and 404 for anything else.
#include "serverfixture.h"

using namespace servertest;

namespace {

class StorefrontFiles : public ServerFixture
{
};

} // namespace

TEST_F(StorefrontFiles, WidgetScriptIsJavaScriptWithCorsAndNoCache)
{
    const HttpResponse response = http.get(QStringLiteral("/storefront/widget.js"));
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_EQ(response.header("Content-Type"), "application/javascript");
    EXPECT_EQ(response.header("Cache-Control"), "no-cache");
    EXPECT_EQ(response.header("Access-Control-Allow-Origin"), "*");
    EXPECT_TRUE(response.body.contains("ShopInboxChat")) << "the widget exposes window.ShopInboxChat";
    EXPECT_TRUE(response.body.contains("/storefront/v1/chat"));
    // Data is only ever shown as text.
    EXPECT_FALSE(response.body.contains("innerHTML"));
}

TEST_F(StorefrontFiles, DemoStoreIsHtmlEmbeddingTheWidget)
{
    const HttpResponse response = http.get(QStringLiteral("/demo-store"));
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_EQ(response.header("Content-Type"), "text/html; charset=utf-8");
    EXPECT_EQ(response.header("Cache-Control"), "no-cache");
    EXPECT_TRUE(response.body.startsWith("<!DOCTYPE html>")) << response.body.left(40).constData();
    EXPECT_TRUE(response.body.contains("src=\"/storefront/widget.js\""));
}

TEST_F(StorefrontFiles, UnknownFilesAre404)
{
    for (const char *path :
         {"/storefront/widget.css", "/storefront/widget.js.map", "/storefront/demo-store.html",
          "/demo-store/widget.js", "/demo-store.html", "/storefront", "/widget.js"}) {
        const HttpResponse response = http.get(QString::fromLatin1(path));
        EXPECT_EQ(response.status, 404) << path << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape()) << path << ": " << response.describe();
    }
    // The files are GET only; the storefront's CORS preflight still answers.
    EXPECT_EQ(http.send("POST", QStringLiteral("/storefront/widget.js")).status, 404);
    EXPECT_EQ(http.send("OPTIONS", QStringLiteral("/storefront/widget.js")).status, 204);
}
