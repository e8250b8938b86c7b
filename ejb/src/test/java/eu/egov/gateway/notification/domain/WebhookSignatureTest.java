package eu.egov.gateway.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        // the specification's example: any receiver library that checks it accepts our deliveries
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theSignatureChangesWithTheBodyTheIdTheTimestampAndTheSecret() {
        String secret = WebhookSignature.newSecret();
        byte[] body = "{\"type\":\"filing.submitted\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign(secret, "evt_1", 1700000000L, body);

        assertThat(WebhookSignature.sign(secret, "evt_1", 1700000000L, body)).isEqualTo(signature);
        assertThat(WebhookSignature.sign(secret, "evt_1", 1700000000L, "{\"type\":\"filing.decided\"}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(secret, "evt_2", 1700000000L, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(secret, "evt_1", 1700000001L, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(WebhookSignature.newSecret(), "evt_1", 1700000000L, body)).isNotEqualTo(signature);
    }

    @Test
    void secretsAreFreshThirtyTwoByteKeysInTheSpecificationsNotation() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 44).isNotEqualTo(WebhookSignature.newSecret());
        assertThatThrownBy(() -> WebhookSignature.sign("plain-password", "evt_1", 1L, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
