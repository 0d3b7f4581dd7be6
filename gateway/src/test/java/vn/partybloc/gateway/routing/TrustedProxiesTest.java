package vn.partybloc.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void noEntryTrustsNobody() {
        assertFalse(new TrustedProxies(List.of()).trusts("127.0.0.1"));
        assertFalse(new TrustedProxies(List.of(" ")).trusts("127.0.0.1"));
    }

    @Test
    void anAddressTrustsItselfOnly() {
        TrustedProxies proxies = new TrustedProxies(List.of("192.168.1.10"));
        assertTrue(proxies.trusts("192.168.1.10"));
        assertFalse(proxies.trusts("192.168.1.11"));
    }

    @Test
    void aRangeTrustsItsAddressesUpToItsEdges() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.1.0.0/16", "172.16.0.0/12"));
        assertTrue(proxies.trusts("10.1.0.0"));
        assertTrue(proxies.trusts("10.1.255.255"));
        assertFalse(proxies.trusts("10.2.0.0"));
        assertTrue(proxies.trusts("172.31.255.255"));
        assertFalse(proxies.trusts("172.32.0.0"));
    }

    @Test
    void ipv6RangesAndAddressesOfTheOtherFamilyDoNotMix() {
        TrustedProxies proxies = new TrustedProxies(List.of("fd00::/8"));
        assertTrue(proxies.trusts("fd12:3456::1"));
        assertFalse(proxies.trusts("fe80::1"));
        assertFalse(proxies.trusts("10.0.0.1"));
    }

    @Test
    void namesAreNeverLookedUpAndBadEntriesAreRefusedAtStart() {
        assertFalse(new TrustedProxies(List.of("0.0.0.0/0")).trusts("localhost"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("gateway.internal")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/33")));
    }
}
