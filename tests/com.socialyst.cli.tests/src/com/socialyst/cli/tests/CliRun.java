package com.socialyst.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.internal.SocialystCli;

/** What one {@code socialyst} invocation printed and returned. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(List<CliCommand> commands, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new SocialystCli(commands).execute(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(code, out.toString(), err.toString());
	}

	List<String> errLines() {
		return err.lines().toList();
	}
}
