package io.sdc.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * What a JSON body may hold, checked as it is read so that the field is named in the refusal:
 * <ul>
 *   <li>text fields take JSON strings only: a number where the API wants text (money is a decimal string such as
 *   "348000.00") is refused rather than quietly turned into text;</li>
 *   <li>no text holds a NUL character, which PostgreSQL cannot store;</li>
 *   <li>calendar dates lie within {@link BusinessDates#EARLIEST} and {@link BusinessDates#LATEST}.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        // After the JSR-310 module Quarkus registers, so that this date rule is the one in force.
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule rules = new SimpleModule("sdc-strict-json");
        rules.addDeserializer(String.class, new PlainText());
        rules.addKeyDeserializer(String.class, new PlainTextKey());
        rules.addDeserializer(LocalDate.class, new BusinessDate());
        mapper.registerModule(rules);
    }

    /** Text without NUL characters. */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new InvalidFormatException(parser, "must not contain a NUL character", text, String.class);
            }
            return text;
        }
    }

    static final class PlainTextKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (key.indexOf('\0') >= 0) {
                throw new InvalidFormatException(context.getParser(), "must not contain a NUL character", key, String.class);
            }
            return key;
        }
    }

    /** An ISO 8601 calendar date within the range business dates can take. */
    static final class BusinessDate extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !BusinessDates.isSane(date)) {
                throw new InvalidFormatException(parser, BusinessDates.RANGE_MESSAGE, parser.getText(), LocalDate.class);
            }
            return date;
        }

        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }
    }
}
