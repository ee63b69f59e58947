// Routing: pattern matching, path parameters, the shared 404/405/500 answers, and
// the security headers every response gets.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "http/message.h"
#include "http/router.h"
#include "http/security_headers.h"

namespace hvhk::http {
namespace {

Request make_request(std::string method, std::string path) {
  Request req;
  req.method = std::move(method);
  req.path = std::move(path);
  req.target = req.path;
  return req;
}

std::optional<std::string> find_header(const Response& res, std::string_view name) {
  for (const auto& [n, v] : res.headers) {
    if (n == name) return v;
  }
  return std::nullopt;
}

Router::Handler answer(std::string body) {
  return [body = std::move(body)](Request&) { return Response::text(200, body); };
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router.add("GET", "/", answer("root"));
    router.add("GET", "/over", answer("over"));
    router.add("GET", "/api/hsds/", answer("hsds"));
    router.add("GET", "/api/hsds/services", answer("list"));
    router.add("POST", "/api/hsds/services", answer("create"));
    router.add("GET", "/api/hsds/services/{id}",
               [](Request& req) { return Response::json(200, "\"" + req.path_params.at("id") + "\""); });
    router.add("GET", "/api/hsds/services/{id}/locations/{location}", [](Request& req) {
      return Response::text(200, req.path_params.at("id") + "|" + req.path_params.at("location"));
    });
  }

  Response get(std::string path) {
    Request req = make_request("GET", std::move(path));
    return router.dispatch(req);
  }

  Router router;
};

TEST_F(RouterTest, MatchesLiteralPath) {
  Response res = get("/api/hsds/services");
  EXPECT_EQ(res.status, 200U);
  EXPECT_EQ(res.body, "list");
}

TEST_F(RouterTest, MatchesOnMethod) {
  Request req = make_request("POST", "/api/hsds/services");
  EXPECT_EQ(router.dispatch(req).body, "create");
}

TEST_F(RouterTest, FillsPathParameters) {
  Request req = make_request("GET", "/api/hsds/services/abc-123");
  Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 200U);
  EXPECT_EQ(res.body, "\"abc-123\"");
  EXPECT_EQ(req.path_params.size(), 1U);
  EXPECT_EQ(req.path_params.at("id"), "abc-123");

  EXPECT_EQ(get("/api/hsds/services/s1/locations/l2").body, "s1|l2");
}

TEST_F(RouterTest, PathParametersAreReplacedOnReuse) {
  Request req = make_request("GET", "/api/hsds/services/s1/locations/l2");
  (void)router.dispatch(req);
  req.path = "/api/hsds/services/s9";
  (void)router.dispatch(req);
  EXPECT_EQ(req.path_params.size(), 1U);
  EXPECT_EQ(req.path_params.at("id"), "s9");
}

TEST_F(RouterTest, TrailingSlashIsInsignificant) {
  EXPECT_EQ(get("/api/hsds/services/").body, "list");
  EXPECT_EQ(get("/api/hsds/").body, "hsds");
  EXPECT_EQ(get("/api/hsds").body, "hsds");
  EXPECT_EQ(get("/over/").body, "over");
  EXPECT_EQ(get("/api/hsds/services/x/").body, "\"x\"");
}

TEST_F(RouterTest, RootIsOnlyTheRoot) {
  EXPECT_EQ(get("/").body, "root");
  EXPECT_EQ(get("//").status, 404U);
  EXPECT_EQ(get("").status, 404U);
  EXPECT_EQ(get("over").status, 404U);
}

TEST_F(RouterTest, EmptySegmentsDoNotMatch) {
  EXPECT_EQ(get("/api//hsds").status, 404U);
  EXPECT_EQ(get("/api/hsds/services//").status, 404U);
  EXPECT_EQ(get("/api/hsds/services//locations/x").status, 404U);
}

TEST_F(RouterTest, SegmentCountMustMatch) {
  EXPECT_EQ(get("/api/hsds/services/a/b").status, 404U);
  EXPECT_EQ(get("/api").status, 404U);
  EXPECT_EQ(get("/over/and/out").status, 404U);
}

TEST_F(RouterTest, NotFoundUnderApiIsJson) {
  Response res = get("/api/nope");
  EXPECT_EQ(res.status, 404U);
  EXPECT_EQ(res.content_type, "application/json");
  EXPECT_EQ(res.body, R"({"error":{"status":404,"message":"Not Found"}})");
}

TEST_F(RouterTest, NotFoundElsewhereIsText) {
  Response res = get("/nope");
  EXPECT_EQ(res.status, 404U);
  EXPECT_EQ(res.content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(res.body, "404 Not Found\n");
  EXPECT_EQ(get("/apix").content_type, "text/plain; charset=utf-8");
}

TEST_F(RouterTest, WrongMethodIs405WithAllow) {
  Request req = make_request("DELETE", "/api/hsds/services");
  Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 405U);
  EXPECT_EQ(res.content_type, "application/json");
  EXPECT_EQ(find_header(res, "Allow"), "GET, HEAD, POST");

  Request over = make_request("POST", "/over");
  Response text = router.dispatch(over);
  EXPECT_EQ(text.status, 405U);
  EXPECT_EQ(text.body, "405 Method Not Allowed\n");
  EXPECT_EQ(find_header(text, "Allow"), "GET, HEAD");
}

TEST_F(RouterTest, MethodsAreCaseSensitive) {
  Request req = make_request("get", "/over");
  EXPECT_EQ(router.dispatch(req).status, 405U);
}

TEST_F(RouterTest, HeadFallsBackToGet) {
  Request req = make_request("HEAD", "/over");
  Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 200U);
  EXPECT_EQ(res.body, "over");  // the server drops it
}

TEST(Router, ExplicitHeadHandlerWins) {
  Router router;
  router.add("GET", "/x", answer("get"));
  router.add("HEAD", "/x", answer("head"));
  Request req = make_request("HEAD", "/x");
  EXPECT_EQ(router.dispatch(req).body, "head");
}

TEST(Router, LiteralSegmentBeatsParameterWhateverTheOrder) {
  Router router;
  router.add("GET", "/s/{id}", answer("param"));
  router.add("GET", "/s/search", answer("literal"));
  router.add("GET", "/{a}/{b}", answer("two params"));
  Request search = make_request("GET", "/s/search");
  EXPECT_EQ(router.dispatch(search).body, "literal");
  Request other = make_request("GET", "/s/other");
  EXPECT_EQ(router.dispatch(other).body, "param");
  Request two = make_request("GET", "/t/other");
  EXPECT_EQ(router.dispatch(two).body, "two params");
}

TEST(Router, FallsThroughToParameterRouteForOtherMethods) {
  Router router;
  router.add("GET", "/s/search", answer("search"));
  router.add("DELETE", "/s/{id}", answer("delete"));
  Request del = make_request("DELETE", "/s/search");
  EXPECT_EQ(router.dispatch(del).body, "delete");
  Request post = make_request("POST", "/s/search");
  Response res = router.dispatch(post);
  EXPECT_EQ(res.status, 405U);
  EXPECT_EQ(find_header(res, "Allow"), "DELETE, GET, HEAD");
}

TEST(Router, ParameterNamesMayDifferPerMethod) {
  Router router;
  router.add("GET", "/s/{id}", [](Request& req) { return Response::text(200, req.path_params.at("id")); });
  router.add("PUT", "/s/{key}", [](Request& req) { return Response::text(200, req.path_params.at("key")); });
  Request get = make_request("GET", "/s/1");
  EXPECT_EQ(router.dispatch(get).body, "1");
  Request put = make_request("PUT", "/s/2");
  EXPECT_EQ(router.dispatch(put).body, "2");
}

TEST(Router, ParameterValueIsTheDecodedSegment) {
  Router router;
  router.add("GET", "/s/{name}", [](Request& req) { return Response::text(200, req.path_params.at("name")); });
  Request req = make_request("GET", "/s/kind en gezin");
  EXPECT_EQ(router.dispatch(req).body, "kind en gezin");
}

TEST(Router, ThrowingHandlerGivesGeneric500) {
  Router router;
  router.add("GET", "/api/boom", [](Request&) -> Response { throw std::runtime_error("secret detail"); });
  router.add("GET", "/boom", [](Request&) -> Response { throw 42; });
  Request api = make_request("GET", "/api/boom");
  Response res = router.dispatch(api);
  EXPECT_EQ(res.status, 500U);
  EXPECT_EQ(res.content_type, "application/json");
  EXPECT_EQ(res.body, R"({"error":{"status":500,"message":"Internal Server Error"}})");
  EXPECT_EQ(res.body.find("secret"), std::string::npos);

  Request page = make_request("GET", "/boom");
  Response text = router.dispatch(page);
  EXPECT_EQ(text.status, 500U);
  EXPECT_EQ(text.body, "500 Internal Server Error\n");
}

TEST(Router, RejectsBadPatterns) {
  Router router;
  for (const char* pattern : {"", "api", "/a//b", "//", "/{", "/{}", "/{id", "/id}", "/a{id}", "/{a}b", "/{a{b}}"}) {
    EXPECT_THROW(router.add("GET", pattern, answer("x")), std::invalid_argument) << pattern;
  }
  EXPECT_THROW(router.add("", "/x", answer("x")), std::invalid_argument);
  EXPECT_THROW(router.add("GET", "/x", nullptr), std::invalid_argument);
}

TEST(Router, RejectsDuplicateRoutes) {
  Router router;
  router.add("GET", "/a", answer("x"));
  EXPECT_THROW(router.add("GET", "/a/", answer("y")), std::invalid_argument);
  router.add("GET", "/s/{id}", answer("x"));
  EXPECT_THROW(router.add("GET", "/s/{other}", answer("y")), std::invalid_argument);
  EXPECT_NO_THROW(router.add("POST", "/a", answer("z")));
}

TEST(ErrorResponse, ApiPathsGetJson) {
  EXPECT_EQ(error_response(400, "/api").content_type, "application/json");
  EXPECT_EQ(error_response(413, "/api/x").body, R"({"error":{"status":413,"message":"Content Too Large"}})");
  EXPECT_EQ(error_response(431, "/x").body, "431 Request Header Fields Too Large\n");
  EXPECT_EQ(error_response(499, "").body, "499 Client Error\n");
}

TEST(ResponseFactories, SetContentType) {
  EXPECT_EQ(Response::json(201, "{}").content_type, "application/json");
  EXPECT_EQ(Response::json(201, "{}").status, 201U);
  EXPECT_EQ(Response::text(200, "hoi").content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(Response::text(200, "hoi").body, "hoi");
}

TEST(SecurityHeaders, AddsTheSetWithoutHstsOverPlainHttp) {
  Response res = Response::text(200, "x");
  add_security_headers(res, false);
  EXPECT_EQ(find_header(res, "Content-Security-Policy"),
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  EXPECT_EQ(find_header(res, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(find_header(res, "Referrer-Policy"), "same-origin");
  EXPECT_EQ(find_header(res, "X-Frame-Options"), "DENY");
  EXPECT_EQ(find_header(res, "Permissions-Policy"), "geolocation=(self), camera=(), microphone=()");
  EXPECT_FALSE(find_header(res, "Strict-Transport-Security").has_value());
  EXPECT_EQ(res.headers.size(), 5U);
}

TEST(SecurityHeaders, AddsHstsWhenSecure) {
  Response res = Response::text(200, "x");
  add_security_headers(res, true);
  EXPECT_EQ(find_header(res, "Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
}

TEST(SecurityHeaders, KeepsWhatTheHandlerSet) {
  Response res = Response::text(200, "x");
  res.headers.emplace_back("content-security-policy", "default-src 'none'");
  res.headers.emplace_back("X-Frame-Options", "SAMEORIGIN");
  add_security_headers(res, false);
  EXPECT_EQ(find_header(res, "content-security-policy"), "default-src 'none'");
  EXPECT_FALSE(find_header(res, "Content-Security-Policy").has_value());
  EXPECT_EQ(find_header(res, "X-Frame-Options"), "SAMEORIGIN");
  EXPECT_EQ(res.headers.size(), 5U);
  add_security_headers(res, false);  // idempotent
  EXPECT_EQ(res.headers.size(), 5U);
}

}  // namespace
}  // namespace hvhk::http
