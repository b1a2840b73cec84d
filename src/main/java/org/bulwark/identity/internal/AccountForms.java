package org.bulwark.identity.internal;

import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;

/** The forms of the account administration pages, bound field by field. */
final class AccountForms {

    private AccountForms() {}

    static class NewAccountForm extends DetailsForm {
        private String username = "";
        private String password = "";
        private String passwordConfirmation = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(@Nullable String username) {
            this.username = username == null ? "" : username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password == null ? "" : password;
        }

        public String getPasswordConfirmation() {
            return passwordConfirmation;
        }

        public void setPasswordConfirmation(@Nullable String passwordConfirmation) {
            this.passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
        }
    }

    static class DetailsForm {
        private String displayName = "";
        private String email = "";
        private @Nullable Role role;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(@Nullable String displayName) {
            this.displayName = displayName == null ? "" : displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(@Nullable String email) {
            this.email = email == null ? "" : email;
        }

        public @Nullable Role getRole() {
            return role;
        }

        public void setRole(@Nullable Role role) {
            this.role = role;
        }
    }

    static class PasswordForm {
        private String password = "";
        private String passwordConfirmation = "";

        public String getPassword() {
            return password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password == null ? "" : password;
        }

        public String getPasswordConfirmation() {
            return passwordConfirmation;
        }

        public void setPasswordConfirmation(@Nullable String passwordConfirmation) {
            this.passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
        }
    }
}
