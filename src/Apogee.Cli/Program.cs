return Apogee.Cli.CliApp.Run(args, Console.Out, Console.Error);
