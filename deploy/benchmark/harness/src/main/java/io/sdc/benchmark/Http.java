package io.sdc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The measurements' HTTP calls to the services: JSON with a bearer token, HTTP/1.1 as a browser or curl would. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpRequest.Builder request(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
        return CLIENT.send(request(uri, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of a JSON body, with {@code If-Match} when an ETag is given; refuses any answer but {@code expected}. */
    static HttpResponse<String> post(URI uri, String token, String ifMatch, String json, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(uri, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return expect(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString()), expected, "POST " + uri);
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " (expected " + expected + "): "
                    + response.body());
        }
        return response;
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                "No ETag in the answer of " + response.request().method() + " " + response.uri()));
    }
}
