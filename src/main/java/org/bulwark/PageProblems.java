package org.bulwark;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages answer a lost database with 503 and a page that says nothing was changed, rather than a generic 500. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ModelAndView databaseUnavailable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        ModelAndView view = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        view.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return view;
    }
}
