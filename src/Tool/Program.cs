using PaperCatalog.Tool.Cli;

// Every failure ends as a message and an exit code, never a stack trace (ToolCommands catches the rest).
return ToolCommands.Run(args, Console.Out, Console.Error);
