package org.bulwark.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Readers whose organisation a test sets, so that the reporting tests decide exactly who belongs where, whatever
 * organisations other tests register. Every reader has the network's key.
 */
public class ReportReaders implements Readers {

    private final Map<UUID, UUID> organisations = new ConcurrentHashMap<>();

    /** Puts this account in this organisation; returns the account. */
    public UUID member(UUID account, UUID organisation) {
        organisations.put(account, organisation);
        return account;
    }

    @Override
    public Reader reader(UUID account, Role role) {
        return new Reader(account, role, organisations.get(account), Set.of("network"));
    }

    @Override
    public List<Reader> readers(Collection<UUID> accounts) {
        return List.of();
    }

    @Override
    public List<Reader> reachedBy(Collection<String> audienceKeys) {
        return List.of();
    }

    /** Puts these readers before any other. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ReportReaders reportReaders() {
            return new ReportReaders();
        }
    }
}
