package org.bulwark.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "Accounts of the network, for administrators")
class AccountApiController {

    private final Accounts accounts;

    AccountApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "List accounts", description = "Every account ordered by username; administrators only.")
    List<AccountSummary> all() {
        return accounts.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account", description = "404 when no account has this identifier.")
    AccountSummary one(@PathVariable UUID id) {
        return accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
    }
}
