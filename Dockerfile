# Builds the host for docker-compose.yml. The bridge package (build/bridge/README.md) is packed before restore.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN build/bridge/pack.sh && dotnet publish src/Governance.Host -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Governance.Host.dll"]
