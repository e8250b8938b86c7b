package eu.egov.gateway.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetPolicyTest {

    private final WebhookTargetPolicy strict = new WebhookTargetPolicy(List.of());
    private final WebhookTargetPolicy development = new WebhookTargetPolicy(List.of(Network.parse("127.0.0.1/32")));

    @ParameterizedTest
    @ValueSource(strings = {"", "backoffice.example.org/events", "mailto:clerk@example.org", "https:///events",
            "https://backoffice.example.org/events#top", "https://back office.example.org/"})
    void aUrlTheGatewayCannotSendToIsMalformed(String url) {
        assertThat(WebhookTargetPolicy.parse(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "https://93.184.215.14/events, 93.184.215.14, ",
            "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/events, 2606:2800:21f:cb07:6820:80da:af6b:8b2c, ",
            "http://93.184.215.14/events, 93.184.215.14, SCHEME",
            "ftp://93.184.215.14/events, 93.184.215.14, SCHEME",
            "https://clerk:secret@93.184.215.14/events, 93.184.215.14, CREDENTIALS",
            "https://127.0.0.1/events, 127.0.0.1, NOT_PUBLIC",
            "https://2130706433/events, 127.0.0.1, NOT_PUBLIC",
            "https://10.1.2.3/events, 10.1.2.3, NOT_PUBLIC",
            "https://172.20.0.1/events, 172.20.0.1, NOT_PUBLIC",
            "https://192.168.1.10/events, 192.168.1.10, NOT_PUBLIC",
            "https://169.254.169.254/latest/meta-data, 169.254.169.254, NOT_PUBLIC",
            "https://100.64.0.1/events, 100.64.0.1, NOT_PUBLIC",
            "https://0.0.0.0/events, 0.0.0.0, NOT_PUBLIC",
            "https://[::1]/events, ::1, NOT_PUBLIC",
            "https://[fd00::1]/events, fd00::1, NOT_PUBLIC",
            "https://[fe80::1]/events, fe80::1, NOT_PUBLIC",
            "https://[::ffff:127.0.0.1]/events, ::ffff:127.0.0.1, NOT_PUBLIC"
    })
    void onlyPublicAddressesOverHttpsWithoutCredentials(String url, String address, WebhookTargetPolicy.Refusal expected)
            throws UnknownHostException {
        assertThat(strict.refusalOf(URI.create(url), InetAddress.getByName(address))).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:3080/events, 127.0.0.1, ",
            "https://127.0.0.1:3080/events, 127.0.0.1, ",
            "http://127.0.0.2:3080/events, 127.0.0.2, NOT_PUBLIC",
            "http://10.1.2.3/events, 10.1.2.3, NOT_PUBLIC",
            "http://user@127.0.0.1:3080/events, 127.0.0.1, CREDENTIALS"
    })
    void configuredNetworksMayBeReachedOverHttpToo(String url, String address, WebhookTargetPolicy.Refusal expected)
            throws UnknownHostException {
        assertThat(development.refusalOf(URI.create(url), InetAddress.getByName(address)))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aNameIsRefusedIfAnyOfItsAddressesIsNotPublicAndNoneAreLeftUnresolved() throws UnknownHostException {
        URI url = URI.create("https://backoffice.example.org/events");

        assertThat(strict.refusalOf(url, InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")))
                .contains(WebhookTargetPolicy.Refusal.NOT_PUBLIC);
        assertThat(strict.refusalOf(url)).isEmpty();
        assertThat(strict.refusalOf(url, new InetAddress[0])).contains(WebhookTargetPolicy.Refusal.UNRESOLVED);
    }
}
