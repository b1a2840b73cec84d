package org.bulwark.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class MeController {

    record Me(UUID id, String username, String displayName, Role role) {}

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Who am I",
            description = "The account behind the token of this request; lets a partner system check its token.")
    Me me(@AuthenticationPrincipal BulwarkUser user) {
        return new Me(user.accountId(), user.getUsername(), user.displayName(), user.role());
    }
}
