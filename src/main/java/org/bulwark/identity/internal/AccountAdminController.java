package org.bulwark.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.AccountRejectedException;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.identity.internal.AccountForms.DetailsForm;
import org.bulwark.identity.internal.AccountForms.NewAccountForm;
import org.bulwark.identity.internal.AccountForms.PasswordForm;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for accounts: list and search, create, edit, enable or disable, reset password. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    // the form is shown again with its errors; 422 tells tests and tools that nothing was stored
    static final int UNPROCESSABLE = 422;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Accounts accounts;
    private final JdbcAccounts store;
    private final AccountAdministration administration;

    AccountAdminController(Accounts accounts, JdbcAccounts store, AccountAdministration administration) {
        this.accounts = accounts;
        this.store = store;
        this.administration = administration;
    }

    /** One line of the account list, with its dates already written out. */
    record AccountRow(
            UUID id,
            String username,
            String displayName,
            String email,
            Role role,
            boolean enabled,
            @Nullable String lockedUntil,
            @Nullable String lastLogin,
            String createdAt,
            boolean self) {

        static AccountRow of(AccountSummary account, Instant now, BulwarkUser viewer) {
            return new AccountRow(
                    account.id(),
                    account.username(),
                    account.displayName(),
                    account.email(),
                    account.role(),
                    account.enabled(),
                    account.lockedAt(now) ? format(account.lockedUntil()) : null,
                    account.lastLoginAt() == null ? null : format(account.lastLoginAt()),
                    format(account.createdAt()),
                    account.id().equals(viewer.accountId()));
        }

        public boolean locked() {
            return lockedUntil != null;
        }

        private static String format(@Nullable Instant instant) {
            return instant == null ? "" : WHEN.format(instant.atOffset(ZoneOffset.UTC));
        }
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            @AuthenticationPrincipal BulwarkUser admin,
            Model model) {
        Instant now = store.now();
        List<AccountRow> rows = store.search(query).stream()
                .map(account -> AccountRow.of(account, now, admin))
                .toList();
        model.addAttribute("accounts", rows);
        model.addAttribute("q", query == null ? "" : query);
        // restoring history after "back" replaces the whole page, so it needs the whole page
        return htmx != null && historyRestore == null ? "identity/accounts :: results" : "identity/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("account", new NewAccountForm());
        return "identity/account-new";
    }

    @PostMapping
    String create(
            @ModelAttribute("account") NewAccountForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (form.getRole() == null) {
            errors.rejectValue("role", "account.role.required", "Choose a role.");
        }
        if (!form.getPassword().equals(form.getPasswordConfirmation())) {
            errors.rejectValue(
                    "passwordConfirmation", "account.password.mismatch", "The two passwords are not the same.");
        }
        if (!errors.hasErrors()) {
            try {
                UUID id = accounts.register(new NewAccount(
                        form.getUsername(),
                        form.getDisplayName(),
                        form.getEmail(),
                        form.getRole(),
                        form.getPassword()));
                redirect.addFlashAttribute("flashKey", "account.created");
                redirect.addFlashAttribute("flashArgument", form.getUsername().trim());
                return "redirect:/admin/accounts/" + id;
            } catch (AccountRejectedException rejected) {
                reject(errors, rejected);
            }
        } else {
            // report the other fields' problems too, so that one round trip fixes everything
            rejectQuietly(errors, form);
        }
        response.setStatus(UNPROCESSABLE);
        return "identity/account-new";
    }

    @GetMapping("/{id}")
    String account(@PathVariable UUID id, @AuthenticationPrincipal BulwarkUser admin, Model model) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        DetailsForm details = new DetailsForm();
        details.setDisplayName(account.displayName());
        details.setEmail(account.email());
        details.setRole(account.role());
        if (!model.containsAttribute("details")) {
            model.addAttribute("details", details);
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        return accountPage(id, admin, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("details") DetailsForm form,
            BindingResult errors,
            @AuthenticationPrincipal BulwarkUser admin,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        if (form.getRole() == null) {
            errors.rejectValue("role", "account.role.required", "Choose a role.");
        } else {
            try {
                administration.update(admin, id, form.getDisplayName(), form.getEmail(), form.getRole());
                redirect.addFlashAttribute(
                        "flashKey", account.role() == form.getRole() ? "account.updated" : "account.roleChanged");
                redirect.addFlashAttribute("flashArgument", account.username());
                return "redirect:/admin/accounts/" + id;
            } catch (AccountRejectedException rejected) {
                reject(errors, rejected);
            }
        }
        model.addAttribute("passwordForm", new PasswordForm());
        response.setStatus(UNPROCESSABLE);
        return accountPage(id, admin, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable UUID id,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            @AuthenticationPrincipal BulwarkUser admin,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        if (!form.getPassword().equals(form.getPasswordConfirmation())) {
            errors.rejectValue(
                    "passwordConfirmation", "account.password.mismatch", "The two passwords are not the same.");
        } else {
            try {
                administration.resetPassword(id, form.getPassword());
                redirect.addFlashAttribute("flashKey", "account.passwordReset");
                redirect.addFlashAttribute("flashArgument", account.username());
                return "redirect:/admin/accounts/" + id;
            } catch (AccountRejectedException rejected) {
                reject(errors, rejected);
            }
        }
        DetailsForm details = new DetailsForm();
        details.setDisplayName(account.displayName());
        details.setEmail(account.email());
        details.setRole(account.role());
        model.addAttribute("details", details);
        response.setStatus(UNPROCESSABLE);
        return accountPage(id, admin, model);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable UUID id,
            @RequestParam boolean enabled,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal BulwarkUser admin,
            Model model,
            RedirectAttributes redirect) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        String messageKey = enabled ? "account.enabled" : "account.disabled";
        boolean refused = false;
        try {
            administration.setEnabled(admin, id, enabled);
        } catch (AccountRejectedException rejected) {
            messageKey = rejected.problems().get(0).messageKey();
            refused = true;
        }
        if (htmx != null) {
            AccountSummary changed = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
            model.addAttribute("account", AccountRow.of(changed, store.now(), admin));
            model.addAttribute("rowMessageKey", messageKey);
            model.addAttribute("rowMessageArgument", account.username());
            model.addAttribute("rowRefused", refused);
            return "identity/account-row :: row";
        }
        redirect.addFlashAttribute(refused ? "flashErrorKey" : "flashKey", messageKey);
        redirect.addFlashAttribute("flashArgument", account.username());
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        administration.unlock(id);
        redirect.addFlashAttribute("flashKey", "account.unlocked");
        redirect.addFlashAttribute("flashArgument", account.username());
        return "redirect:/admin/accounts/" + id;
    }

    private String accountPage(UUID id, BulwarkUser admin, Model model) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        model.addAttribute("summary", AccountRow.of(account, store.now(), admin));
        return "identity/account";
    }

    private static void reject(BindingResult errors, AccountRejectedException rejected) {
        for (AccountRejectedException.Problem problem : rejected.problems()) {
            if (errors.getFieldType(problem.field()) == null) {
                errors.reject(problem.messageKey(), problem.arguments().toArray(), problem.message());
            } else {
                errors.rejectValue(
                        problem.field(),
                        problem.messageKey(),
                        problem.arguments().toArray(),
                        problem.message());
            }
        }
    }

    /** The problems the account rules find in the form, added to those already found; nothing is stored. */
    private void rejectQuietly(BindingResult errors, NewAccountForm form) {
        Role role = form.getRole() == null ? Role.OPERATOR : form.getRole();
        List<AccountRejectedException.Problem> problems = store.problemsOf(
                new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(), role, form.getPassword()));
        for (AccountRejectedException.Problem problem : problems) {
            errors.rejectValue(
                    problem.field(), problem.messageKey(), problem.arguments().toArray(), problem.message());
        }
    }
}
