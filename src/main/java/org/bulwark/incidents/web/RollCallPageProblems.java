package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bulwark.incidents.IncidentChangeRefused;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.SiteNotAffected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The roll-call pages' refusals: a page that says what went wrong and that nothing changed, or problem+json for a
 * script of the application that asked for JSON.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = RollCallPages.class)
class RollCallPageProblems {

    @ExceptionHandler(InvalidIncident.class)
    Object invalid(InvalidIncident e, HttpServletRequest request) {
        String key = e.problems().stream().anyMatch(p -> p.field().equals("escalationWaitMinutes"))
                ? "rollcall.problem.wait"
                : e.problems().stream().anyMatch(p -> p.field().equals("note"))
                        ? "rollcall.problem.note"
                        : "rollcall.problem.status";
        return answer(request, HttpStatus.BAD_REQUEST, "Invalid answer", e.getMessage(), key);
    }

    @ExceptionHandler(SiteNotAffected.class)
    Object notAffected(SiteNotAffected e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Site not affected", e.getMessage(), "rollcall.problem.site");
    }

    @ExceptionHandler(IncidentNotFound.class)
    Object notFound(IncidentNotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Incident not found", e.getMessage(), "rollcall.problem.incident");
    }

    @ExceptionHandler(IncidentsNotPermitted.class)
    Object forbidden(IncidentsNotPermitted e, HttpServletRequest request) {
        // refused an answer, the person answered for another organisation's site; refused a page, their role does not
        // see the operations picture
        String key = request.getRequestURI().endsWith("/status") ? "rollcall.problem.forbidden" : "error.403";
        return answer(request, HttpStatus.FORBIDDEN, "Not permitted", e.getMessage(), key);
    }

    @ExceptionHandler(IncidentChangeRefused.class)
    Object closed(IncidentChangeRefused e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Change refused", e.getMessage(), "rollcall.problem.closed");
    }

    private static Object answer(
            HttpServletRequest request, HttpStatus status, String title, String detail, String messageKey) {
        if (RollCallPages.wantsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView view = new ModelAndView("incidents/rollcall-problem", status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        view.addObject("back", RollCallPages.backTo(request.getHeader(HttpHeaders.REFERER), request, "/incidents"));
        return view;
    }
}
