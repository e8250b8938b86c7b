package eu.egov.gateway.shared.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every {@link Instant} as an SQL {@code TIMESTAMP}. Persistence 3.1 knows no {@code Instant}, so
 * without this EclipseLink serialises it into a binary column that no SQL tool or report can read.
 * The JDBC drivers write and read a {@code Timestamp} in the JVM's time zone, so the server runs in UTC
 * ({@code -Duser.timezone=UTC}, see ear/pom.xml): the columns then hold UTC and no daylight-saving hour
 * is ambiguous. Both databases keep microseconds; what must survive a round trip exactly (the audit
 * chain's hashed times) is truncated to them before it is hashed.
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
