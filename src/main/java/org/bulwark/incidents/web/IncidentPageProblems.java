package org.bulwark.incidents.web;

import org.bulwark.incidents.IncidentChangeRefused;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The incident pages' refusals as error pages with the right status; nothing was changed in any of them. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = IncidentPages.class)
class IncidentPageProblems {

    @ExceptionHandler(IncidentNotFound.class)
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(IncidentsNotPermitted.class)
    ModelAndView forbidden() {
        return error(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(IncidentChangeRefused.class)
    ModelAndView conflict() {
        return error(HttpStatus.CONFLICT);
    }

    private static ModelAndView error(HttpStatus status) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
