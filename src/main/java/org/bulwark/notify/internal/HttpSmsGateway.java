package org.bulwark.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bulwark.notify.SmsGateway;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An SMS gateway reached over HTTP: each message is a POST of {@code {"to": …, "text": …}} as JSON, taken when the
 * gateway answers 2xx. A 4xx answer other than 408 and 429 means the gateway will never take it.
 */
class HttpSmsGateway implements SmsGateway {

    private final URI url;
    private final SmsSettings settings;
    private final HttpClient http;

    HttpSmsGateway(SmsSettings settings) {
        this.url = URI.create(settings.url());
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void send(String to, String text) {
        String body = JsonNodeFactory.instance
                .objectNode()
                .put("to", to)
                .put("text", text)
                .toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!settings.authorization().isBlank()) {
            request.header("Authorization", settings.authorization());
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new SmsRefused("The SMS gateway did not answer: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsRefused("Interrupted while sending", true);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            boolean mayRetry = status / 100 != 4 || status == 408 || status == 429;
            throw new SmsRefused("The SMS gateway answered " + status, mayRetry);
        }
    }
}
