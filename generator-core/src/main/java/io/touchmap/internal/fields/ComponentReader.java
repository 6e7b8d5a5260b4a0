package io.touchmap.internal.fields;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * Reads the record component a field names, found at the first read. Only the diff reads the values of fields; a
 * load only checks keys, so it makes no accessor, where a method reference per field was linked through
 * java.lang.invoke when the catalogue was first used (some 27 ms of the main thread in a build's cold JVM, for the 70
 * fields of records).
 *
 * @param <E> the record type
 */
final class ComponentReader<E> implements Function<E, Object> {

    private final Class<?> type;
    private final String component;
    private volatile Method accessor;

    ComponentReader(Class<?> type, String component) {
        this.type = type;
        this.component = component;
    }

    @Override
    public Object apply(E element) {
        Method method = accessor;
        if (method == null) {
            method = find();
            accessor = method;
        }
        try {
            return method.invoke(element);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + "." + component + " cannot be read", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(type.getName() + "." + component + " failed", e.getCause());
        }
    }

    private Method find() {
        if (type.isRecord()) {
            for (RecordComponent each : type.getRecordComponents()) {
                if (each.getName().equals(component)) {
                    return each.getAccessor();
                }
            }
        }
        throw new IllegalStateException(type.getName() + " has no record component " + component);
    }
}
