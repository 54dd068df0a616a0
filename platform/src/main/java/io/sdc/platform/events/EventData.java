package io.sdc.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the event types a {@link DomainEvent} record is the data of (normally one; several only where the AsyncAPI
 * document gives several types one schema, as the steps of a lifecycle), and the version of that data's schema,
 * published as the CloudEvents {@code dataversion}: a change that breaks readers raises it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventData {

    String[] types();

    int version() default 1;
}
