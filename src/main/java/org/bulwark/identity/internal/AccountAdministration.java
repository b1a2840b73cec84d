package org.bulwark.identity.internal;

import java.util.UUID;
import org.bulwark.identity.AccountRejectedException;
import org.bulwark.identity.AccountRejectedException.Problem;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts. Whenever what an account may do shrinks (disabled, role changed, password
 * reset) its sessions end and its API tokens are revoked, so that the change holds at once and not at the next
 * login.
 */
@Component
class AccountAdministration {

    private final JdbcAccounts accounts;
    private final ApiTokens tokens;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountAdministration(
            JdbcAccounts accounts, ApiTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Transactional
    void update(BulwarkUser admin, UUID id, String displayName, String email, Role role) {
        AccountSummary account = account(id);
        if (admin.accountId().equals(id) && role != Role.ADMIN) {
            throw new AccountRejectedException(Problem.of(
                    "role",
                    "account.self.role",
                    "You cannot take the administrator role from your own account; "
                            + "ask another administrator to do it."));
        }
        accounts.update(id, displayName, email, role);
        if (account.role() != role) {
            endAccess(account);
        }
    }

    @Transactional
    void setEnabled(BulwarkUser admin, UUID id, boolean enabled) {
        AccountSummary account = account(id);
        if (!enabled && admin.accountId().equals(id)) {
            throw new AccountRejectedException(Problem.of(
                    "enabled",
                    "account.self.disable",
                    "You cannot disable your own account; ask another administrator to do it."));
        }
        accounts.setEnabled(id, enabled);
        if (!enabled) {
            endAccess(account);
        }
    }

    @Transactional
    void resetPassword(UUID id, String rawPassword) {
        AccountSummary account = account(id);
        accounts.resetPassword(id, rawPassword);
        endAccess(account);
    }

    @Transactional
    void unlock(UUID id) {
        accounts.unlock(account(id).id());
    }

    private AccountSummary account(UUID id) {
        return accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    private void endAccess(AccountSummary account) {
        tokens.revokeAll(account.id());
        sessions.findByPrincipalName(account.username()).keySet().forEach(sessions::deleteById);
    }
}
