package org.bulwark.incidents.web;

import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.MajorEventChangeRefused;
import org.bulwark.incidents.MajorEventNotFound;
import org.bulwark.incidents.PhaseChangeRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The major-event pages' refusals as error pages with the right status; nothing was changed in any of them. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {MajorEventPages.class, AccreditationPages.class})
class MajorEventPageProblems {

    @ExceptionHandler(MajorEventNotFound.class)
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(IncidentsNotPermitted.class)
    ModelAndView forbidden() {
        return error(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({PhaseChangeRefused.class, MajorEventChangeRefused.class})
    ModelAndView conflict() {
        return error(HttpStatus.CONFLICT);
    }

    private static ModelAndView error(HttpStatus status) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
