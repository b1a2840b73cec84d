package org.bulwark.notify.web;

import java.util.List;
import java.util.Map;
import org.bulwark.notify.internal.InvalidWebhookReceiver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The webhook API's failures as problem+json; nothing was changed in any of them. */
@RestControllerAdvice(assignableTypes = WebhooksApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhooksApiProblems {

    @ExceptionHandler(InvalidWebhookReceiver.class)
    ProblemDetail invalid(InvalidWebhookReceiver e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage() + ". Nothing was changed.");
        problem.setTitle("Invalid webhook receiver");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "reason", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The body is not the JSON this endpoint expects: {\"name\": \"RideTide\", \"url\":"
                        + " \"https://partner.example/hooks\", \"eventTypes\": [\"zone.changed\"]}. Nothing was changed.");
        problem.setTitle("Invalid webhook receiver");
        return problem;
    }

    @ExceptionHandler(DeliveryNotFound.class)
    ProblemDetail notFound(DeliveryNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
