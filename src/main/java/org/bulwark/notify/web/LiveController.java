package org.bulwark.notify.web;

import jakarta.servlet.http.HttpServletResponse;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.internal.SseLiveUpdates;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The stream of live updates of the signed-in person's open pages. */
@Controller
@PreAuthorize("isAuthenticated()")
class LiveController {

    private final SseLiveUpdates live;

    LiveController(SseLiveUpdates live) {
        this.live = live;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@AuthenticationPrincipal BulwarkUser user, HttpServletResponse response) {
        // a buffering proxy would hold the events back until its buffer fills
        response.setHeader("X-Accel-Buffering", "no");
        return live.connect(user.accountId());
    }
}
