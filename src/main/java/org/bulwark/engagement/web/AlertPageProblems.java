package org.bulwark.engagement.web;

import org.bulwark.engagement.AlertChangeRefused;
import org.bulwark.engagement.AlertNotFound;
import org.bulwark.engagement.AlertsNotPermitted;
import org.bulwark.incidents.IncidentNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The alert pages' refusals as error pages with the right status; nothing was sent in any of them. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {AlertPages.class, PublicAlertPages.class})
class AlertPageProblems {

    @ExceptionHandler({AlertNotFound.class, IncidentNotFound.class})
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AlertsNotPermitted.class)
    ModelAndView forbidden() {
        return error(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(AlertChangeRefused.class)
    ModelAndView conflict() {
        return error(HttpStatus.CONFLICT);
    }

    private static ModelAndView error(HttpStatus status) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
