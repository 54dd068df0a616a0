package io.sdc.portal.web;

import jakarta.ws.rs.POST;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form handler of the portal takes the form token ({@value Forms#FIELD}) or the whole form, so that none can
 * forget the check
 * {@link Forms#check(String)} makes. The one exception is the local sign-in itself, which has no session yet (a
 * post to it from another site is refused by {@link SameOriginPosts}).
 */
class EveryFormIsProtectedTest {

    @Test
    void everyPostHandlerTakesTheFormToken() throws Exception {
        List<String> handlers = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        for (Class<?> type : portalClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                handlers.add(name);
                boolean takesToken = Stream.of(method.getParameters()).anyMatch(EveryFormIsProtectedTest::isFormToken);
                if (!takesToken && !name.equals("SignInResource.signIn")) {
                    unprotected.add(name);
                }
            }
        }
        assertThat(handlers).as("the portal's form handlers").contains("SignInResource.signIn", "SignInResource.signOut")
                .hasSizeGreaterThan(5);
        assertThat(unprotected).as("form handlers without the form token").isEmpty();
    }

    private static boolean isFormToken(Parameter parameter) {
        if (jakarta.ws.rs.core.MultivaluedMap.class.isAssignableFrom(parameter.getType())) {
            return true; // the whole form, token included
        }
        RestForm form = parameter.getAnnotation(RestForm.class);
        if (form != null) {
            return Forms.FIELD.equals(form.value()) || (form.value().isEmpty() && parameter.getName().equals(Forms.FIELD));
        }
        if (parameter.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)) {
            return Stream.of(parameter.getType().getDeclaredFields()).anyMatch(field -> {
                RestForm fieldForm = field.getAnnotation(RestForm.class);
                return fieldForm != null && (Forms.FIELD.equals(fieldForm.value()) || field.getName().equals(Forms.FIELD));
            });
        }
        return false;
    }

    private static List<Class<?>> portalClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Forms.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EveryFormIsProtectedTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) || Stream.of(type.getDeclaredMethods())
                        .anyMatch(m -> m.isAnnotationPresent(jakarta.ws.rs.Path.class) || m.isAnnotationPresent(POST.class))) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
