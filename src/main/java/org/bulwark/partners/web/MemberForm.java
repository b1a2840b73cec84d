package org.bulwark.partners.web;

import org.bulwark.identity.Role;
import org.bulwark.partners.Member;
import org.jspecify.annotations.Nullable;

/** The member form as the browser posts it; the account is pasted as its identifier. */
class MemberForm {

    private @Nullable String fullName;
    private @Nullable String jobTitle;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable Role role = Role.OPERATOR;
    private @Nullable String accountId;

    static MemberForm of(Member member) {
        MemberForm form = new MemberForm();
        form.fullName = member.fullName();
        form.jobTitle = member.jobTitle();
        form.email = member.email();
        form.phone = member.phone();
        form.role = member.role();
        form.accountId = member.accountId() == null ? null : member.accountId().toString();
        return form;
    }

    public @Nullable String getFullName() {
        return fullName;
    }

    public void setFullName(@Nullable String fullName) {
        this.fullName = fullName;
    }

    public @Nullable String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(@Nullable String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable String getAccountId() {
        return accountId;
    }

    public void setAccountId(@Nullable String accountId) {
        this.accountId = accountId;
    }
}
