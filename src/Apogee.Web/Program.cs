// `dotnet run --project src/Apogee.Web` for development; `apogee serve` is the way users start it.
Apogee.Web.ApogeeWeb.Build(args).Run();
