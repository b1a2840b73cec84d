package org.bulwark.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bulwark.notify.internal.MailDigests;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications", description = "How and when people of the network are told")
class DigestApiController {

    private final MailDigests digests;

    DigestApiController(MailDigests digests) {
        this.digests = digests;
    }

    record DigestRun(String status) {}

    @PostMapping("/api/v1/notify/digests")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Send the daily digests now",
            description = "Starts sending the digest e-mail of every person who chose a daily digest and has items"
                    + " waiting, without waiting for the daily schedule; answers at once.")
    DigestRun sendNow() {
        digests.startNow();
        return new DigestRun("started");
    }
}
