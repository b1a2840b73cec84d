package org.bulwark.risk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.risk.internal.CatalogueItemNotFound;
import org.bulwark.risk.internal.InvalidCatalogueChange;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for the catalogue API: each broken rule with its field and what to fix; unknown codes are 404. */
@RestControllerAdvice(assignableTypes = CatalogueApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueApiProblems {

    private final MessageSource messages;

    CatalogueApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidCatalogueChange.class)
    ProblemDetail invalid(InvalidCatalogueChange ex, Locale locale) {
        List<Map<String, Object>> errors = ex.violations().stream()
                .map(v -> Map.<String, Object>of(
                        "field", v.field(), "reason", messages.getMessage(v.messageKey(), null, locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                String.join(
                        " ",
                        errors.stream()
                                .map(e -> e.get("field") + ": " + e.get("reason"))
                                .toList()));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(CatalogueItemNotFound.class)
    ProblemDetail notFound(CatalogueItemNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
