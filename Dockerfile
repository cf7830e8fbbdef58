# Builds the host for docker-compose.yml. The bridge package (build/bridge/README.md) is packed before restore.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The pages' NL Design System CSS comes from npm (src/Governance.Host/package-lock.json) into wwwroot/lib.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && (cd src/Governance.Host && npm ci --no-audit --no-fund)
RUN build/bridge/pack.sh && dotnet publish src/Governance.Host -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Governance.Host.dll"]
