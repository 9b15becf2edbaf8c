/**
 * The {@code quarry} command ({@link dev.quarry.cli.Main}): one picocli command class per subcommand, the options
 * they share ({@code --dir}, {@code --classpath}, the connection), and the failure handling that maps what went wrong
 * to a message with every secret masked and an exit code. Everything but {@code Main} is package-private: the
 * command line is the interface, documented in docs/cli.md.
 */
package dev.quarry.cli;
