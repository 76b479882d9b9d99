package org.example.placement.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a ledger test class once on every {@link LedgerDatabase} the ledger must work on,
 * giving each test a new, empty, migrated ledger in its {@link LedgerFixture} field and
 * closing it afterwards. The class declares {@code @Parameter LedgerDatabase database}
 * and {@code LedgerFixture ledger}; its own {@code @BeforeEach} methods run once the
 * ledger is open.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass
@EnumSource(LedgerDatabase.class)
@ExtendWith(OnEveryLedgerDatabase.Ledgers.class)
@interface OnEveryLedgerDatabase {

	/** Opens the ledger before each test and closes it after. */
	final class Ledgers implements BeforeEachCallback, AfterEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) throws IllegalAccessException {
			Object test = context.getRequiredTestInstance();
			LedgerFixture ledger = LedgerFixture.on((LedgerDatabase) field(test, LedgerDatabase.class).get(test));
			context.getStore(ExtensionContext.Namespace.create(Ledgers.class)).put(LedgerFixture.class, ledger);
			field(test, LedgerFixture.class).set(test, ledger);
		}

		@Override
		public void afterEach(ExtensionContext context) {
			LedgerFixture ledger = context.getStore(ExtensionContext.Namespace.create(Ledgers.class))
				.remove(LedgerFixture.class, LedgerFixture.class);
			if (ledger != null) {
				ledger.close();
			}
		}

		private static Field field(Object test, Class<?> type) {
			for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					if (field.getType() == type) {
						field.setAccessible(true);
						return field;
					}
				}
			}
			throw new IllegalStateException(test.getClass().getSimpleName() + " declares no " + type.getSimpleName());
		}

	}

}
