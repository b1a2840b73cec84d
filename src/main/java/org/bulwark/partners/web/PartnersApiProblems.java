package org.bulwark.partners.web;

import java.util.List;
import java.util.Map;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.PartnerNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem+json for the partnership's rules: each broken rule is listed with its field, as for Bean Validation;
 * conflicts with data that already exists (a name or account taken, a sector in use) are 409.
 */
@RestControllerAdvice(assignableTypes = {OrganisationsApi.class, SectorsApi.class, SharingGroupsApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnersApiProblems {

    private final MessageSource messages;

    PartnersApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidPartnerData.class)
    ProblemDetail invalid(InvalidPartnerData ex) {
        boolean conflict = ex.violations().stream().anyMatch(violation -> isConflict(violation.code()));
        HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        List<Map<String, Object>> errors = ex.violations().stream()
                .map(violation -> Map.<String, Object>of(
                        "field",
                        violation.field(),
                        "code",
                        violation.code(),
                        "reason",
                        messages.getMessage(
                                violation.code(),
                                violation.arguments(),
                                violation.message(),
                                LocaleContextHolder.getLocale())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                errors.stream()
                        .map(error -> (String) error.get("reason"))
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        problem.setTitle(conflict ? "Conflicts with existing data" : "Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(PartnerNotFound.class)
    ProblemDetail notFound(PartnerNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    static boolean isConflict(String code) {
        return code.endsWith(".duplicate")
                || code.endsWith(".taken")
                || code.endsWith(".repeated")
                || code.endsWith(".inUse");
    }
}
