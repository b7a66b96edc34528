package com.socialyst.ui.internal.wizards.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * Completes the name being typed in a formula: metric ids and fields starting with the letters before the cursor.
 * A proposal inserts the rest of the name.
 */
final class NameProposals implements IContentProposalProvider {

	private final Set<String> names;
	private final Function<String, String> describe;

	NameProposals(Set<String> names, Function<String, String> describe) {
		this.names = names;
		this.describe = describe;
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		int start = position;
		while (start > 0 && isNamePart(contents.charAt(start - 1))) {
			start--;
		}
		String prefix = contents.substring(start, position).toLowerCase(Locale.ROOT);
		return names.stream().filter(name -> name.startsWith(prefix) && !name.equals(prefix))
				.map(name -> new ContentProposal(name.substring(prefix.length()), name, describe.apply(name)))
				.toArray(IContentProposal[]::new);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}
}
