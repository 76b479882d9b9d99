package org.example.placement.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.UndeclaredThrowableException;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls the constructor a record (or any class read through a constructor with
 * properties) is made with through a method handle made once for it, rather than as
 * Jackson 3.1 does, {@code MethodHandle.invokeWithArguments} at every call, which builds
 * a new spreading adapter each time: for a request of 50 candidates, some sixty such
 * adapters, a good part of the CPU of reading it. The arguments, and what happens when
 * the constructor throws (the same {@code ValueInstantiationException}, through the
 * context's problem handlers), are Jackson's own; any other instantiator is left as it
 * is.
 */
final class CreatorHandles implements ValueInstantiators {

	/** The module that installs it. */
	static JacksonModule module() {
		return new SimpleModule("creator-handles") {

			private static final long serialVersionUID = 1L;

			@Override
			public void setupModule(SetupContext context) {
				super.setupModule(context);
				context.addValueInstantiators(new CreatorHandles());
			}

		};
	}

	@Override
	public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier description) {
		return null;
	}

	@Override
	public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier description,
			ValueInstantiator instantiator) {
		if (instantiator.getClass() == StdValueInstantiator.class) {
			MethodHandle handle = Spread.handle((StdValueInstantiator) instantiator);
			if (handle != null) {
				return new Spread((StdValueInstantiator) instantiator, handle);
			}
		}
		return instantiator;
	}

	/** Jackson's own instantiator, the constructor called through one handle. */
	static final class Spread extends StdValueInstantiator {

		private static final long serialVersionUID = 1L;

		private final transient MethodHandle constructor;

		Spread(StdValueInstantiator source, MethodHandle constructor) {
			super(source);
			this.constructor = constructor;
		}

		/**
		 * {@code (Object[]) -> Object} for the constructor taking properties, or
		 * {@code null} when there is none or it cannot be had (left to Jackson).
		 */
		static MethodHandle handle(StdValueInstantiator instantiator) {
			if (!(instantiator.canCreateFromObjectWith()
					&& instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
				return null;
			}
			Constructor<?> constructor = creator.getAnnotated();
			try {
				return MethodHandles.lookup()
					.unreflectConstructor(constructor)
					.asSpreader(Object[].class, constructor.getParameterCount())
					.asType(MethodType.methodType(Object.class, Object[].class));
			}
			catch (IllegalAccessException | RuntimeException ex) {
				return null;
			}
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] args) {
			try {
				return (Object) this.constructor.invokeExact(args);
			}
			catch (Exception ex) {
				return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, ex));
			}
			catch (Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new UndeclaredThrowableException(ex);
			}
		}

	}

}
