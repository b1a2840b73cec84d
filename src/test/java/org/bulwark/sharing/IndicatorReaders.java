package org.bulwark.sharing;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
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
 * Readers whose audience keys a test sets, so that the indicator tests decide exactly who is named by what, whatever
 * organisations other tests register. Every reader has the network's key; an account the test names gets more.
 */
public class IndicatorReaders implements Readers {

    private final Map<UUID, Set<String>> keys = new ConcurrentHashMap<>();
    private final Map<UUID, Role> roles = new ConcurrentHashMap<>();

    /** Gives this account these audience keys, besides the network's; returns the account. */
    public UUID give(UUID account, String... audienceKeys) {
        keys.put(account, Set.copyOf(Arrays.asList(audienceKeys)));
        return account;
    }

    @Override
    public Reader reader(UUID account, Role role) {
        roles.put(account, role);
        Set<String> all = new LinkedHashSet<>();
        all.add("network");
        all.addAll(keys.getOrDefault(account, Set.of()));
        return new Reader(account, role, null, all);
    }

    @Override
    public List<Reader> readers(Collection<UUID> accounts) {
        return accounts.stream()
                .filter(roles::containsKey)
                .map(account -> reader(account, roles.get(account)))
                .toList();
    }

    @Override
    public List<Reader> reachedBy(Collection<String> audienceKeys) {
        return readers(roles.keySet()).stream()
                .filter(reader -> reader.isNamedBy(Set.copyOf(audienceKeys)))
                .toList();
    }

    /** Puts these readers before any other, so that the tests' keys apply. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        IndicatorReaders indicatorReaders() {
            return new IndicatorReaders();
        }
    }
}
