package com.socialyst.cli.internal.commands;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.socialyst.model.ReportLocale;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --locale TAG} option of commands that print names and texts a client may read (a picocli mixin). */
public class LocaleOption {

	private static final String TAGS = Arrays.stream(ReportLocale.values()).map(ReportLocale::getLiteral)
			.collect(Collectors.joining(", "));

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	@Option(names = "--locale", paramLabel = "TAG",
			description = "Language of names and texts: en, nl, pl, id, sr-Latn or sr-Cyrl (default: en).")
	String tag;

	/** The chosen language; English when none was given; a usage error for a language reports are not made in. */
	Locale locale() {
		Locale chosen = chosen();
		return chosen != null ? chosen : Locale.ENGLISH;
	}

	/** The chosen language; null when none was given (each client's own then); a usage error as above. */
	Locale chosen() {
		if (tag == null) {
			return null;
		}
		for (ReportLocale supported : ReportLocale.values()) {
			if (supported.getLiteral().equalsIgnoreCase(tag)) {
				return Locale.forLanguageTag(supported.getLiteral());
			}
		}
		throw new CommandLine.ParameterException(spec.commandLine(),
				"unknown --locale '" + tag + "': use one of " + TAGS);
	}
}
