using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace KpiDashboard.Metrics.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProvinceCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RevokedUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ProvinceCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CommuneCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WhenUtc = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedUtc = table.Column<long>(type: "bigint", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    Inserted = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    RolledBackUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ImportedUtc = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Communes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProvinceCode = table.Column<string>(type: "text", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Communes", x => new { x.Code, x.ValidFrom });
                });

            migrationBuilder.CreateTable(
                name: "CommuneShapes",
                columns: table => new
                {
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Polygons = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuneShapes", x => x.CommuneCode);
                });

            migrationBuilder.CreateTable(
                name: "DataRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WhenUtc = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => new { x.Code, x.ValidFrom });
                });

            migrationBuilder.CreateTable(
                name: "FactSummaries",
                columns: table => new
                {
                    Period = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    FieldCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CommuneLevel = table.Column<bool>(type: "boolean", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    DemoRows = table.Column<int>(type: "integer", nullable: false),
                    CarriedOverKnown = table.Column<int>(type: "integer", nullable: false),
                    CarriedOver = table.Column<long>(type: "bigint", nullable: true),
                    HandledKnown = table.Column<int>(type: "integer", nullable: false),
                    Handled = table.Column<long>(type: "bigint", nullable: true),
                    PendingKnown = table.Column<int>(type: "integer", nullable: false),
                    Pending = table.Column<long>(type: "bigint", nullable: true),
                    PendingOverdueKnown = table.Column<int>(type: "integer", nullable: false),
                    PendingOverdue = table.Column<long>(type: "bigint", nullable: true),
                    PendingWithinKnown = table.Column<int>(type: "integer", nullable: false),
                    PendingWithin = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedKnown = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedOfflineKnown = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOffline = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedOnlineKnown = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOnline = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedKnown = table.Column<int>(type: "integer", nullable: false),
                    Resolved = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedEarlyKnown = table.Column<int>(type: "integer", nullable: false),
                    ResolvedEarly = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedLateKnown = table.Column<int>(type: "integer", nullable: false),
                    ResolvedLate = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedOnTimeKnown = table.Column<int>(type: "integer", nullable: false),
                    ResolvedOnTime = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactSummaries", x => new { x.Period, x.ProvinceCode, x.FieldCode, x.CommuneLevel, x.CommuneCode });
                });

            migrationBuilder.CreateTable(
                name: "Fields",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fields", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => new { x.Code, x.ValidFrom });
                });

            migrationBuilder.CreateTable(
                name: "PullSources",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ETag = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    LastModified = table.Column<long>(type: "bigint", nullable: true),
                    LastAttemptUtc = table.Column<long>(type: "bigint", nullable: true),
                    LastSuccessUtc = table.Column<long>(type: "bigint", nullable: true),
                    LastStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LastRows = table.Column<int>(type: "integer", nullable: false),
                    LastBatchId = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseUntilUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PullSources", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ReportedSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedUtc = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedUtc = table.Column<long>(type: "bigint", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApprovedUtc = table.Column<long>(type: "bigint", nullable: true),
                    DraftFigures = table.Column<string>(type: "text", nullable: true),
                    UpdatedUtc = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Subscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OldCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    NewCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FactChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    FactId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PreviousBatchId = table.Column<int>(type: "integer", nullable: true),
                    PreviousIsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    PreviousCarriedOver = table.Column<int>(type: "integer", nullable: true),
                    PreviousHandled = table.Column<int>(type: "integer", nullable: true),
                    PreviousPending = table.Column<int>(type: "integer", nullable: true),
                    PreviousPendingOverdue = table.Column<int>(type: "integer", nullable: true),
                    PreviousPendingWithin = table.Column<int>(type: "integer", nullable: true),
                    PreviousReceived = table.Column<int>(type: "integer", nullable: true),
                    PreviousReceivedOffline = table.Column<int>(type: "integer", nullable: true),
                    PreviousReceivedOnline = table.Column<int>(type: "integer", nullable: true),
                    PreviousResolved = table.Column<int>(type: "integer", nullable: true),
                    PreviousResolvedEarly = table.Column<int>(type: "integer", nullable: true),
                    PreviousResolvedLate = table.Column<int>(type: "integer", nullable: true),
                    PreviousResolvedOnTime = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactChanges_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    OldProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    OldCommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ProcedureName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FieldCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HandlingDays = table.Column<int>(type: "integer", nullable: true),
                    DueFromHandlingDays = table.Column<bool>(type: "boolean", nullable: false),
                    SupplementRequests = table.Column<int>(type: "integer", nullable: false),
                    SupplementDays = table.Column<int>(type: "integer", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    BatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dossiers_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Fields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "Fields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    FieldCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CarriedOver = table.Column<int>(type: "integer", nullable: true),
                    Handled = table.Column<int>(type: "integer", nullable: true),
                    Pending = table.Column<int>(type: "integer", nullable: true),
                    PendingOverdue = table.Column<int>(type: "integer", nullable: true),
                    PendingWithin = table.Column<int>(type: "integer", nullable: true),
                    Received = table.Column<int>(type: "integer", nullable: true),
                    ReceivedOffline = table.Column<int>(type: "integer", nullable: true),
                    ReceivedOnline = table.Column<int>(type: "integer", nullable: true),
                    Resolved = table.Column<int>(type: "integer", nullable: true),
                    ResolvedEarly = table.Column<int>(type: "integer", nullable: true),
                    ResolvedLate = table.Column<int>(type: "integer", nullable: true),
                    ResolvedOnTime = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Facts_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Facts_Fields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "Fields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportedFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    UnitText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PeriodText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: true),
                    FieldCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: false),
                    Approximate = table.Column<bool>(type: "boolean", nullable: false),
                    Sentence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    End = table.Column<int>(type: "integer", nullable: false),
                    Discarded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportedFigures_ReportedSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "ReportedSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubscriptionId = table.Column<int>(type: "integer", nullable: true),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptUtc = table.Column<long>(type: "bigint", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseExpiresUtc = table.Column<long>(type: "bigint", nullable: true),
                    SentUtc = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReminderKey = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_Subscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "Subscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Fields",
                columns: new[] { "Code", "NameEn", "NameVi" },
                values: new object[,]
                {
                    { "BC", "Postal services", "Bưu chính" },
                    { "HDKHCN", "Science and technology activities", "Hoạt động khoa học và công nghệ" },
                    { "NLNT", "Atomic energy, radiation and nuclear safety", "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân" },
                    { "SHTT", "Intellectual property", "Sở hữu trí tuệ" },
                    { "TCDLCL", "Standards, metrology and quality", "Tiêu chuẩn, đo lường, chất lượng" },
                    { "TSVTD", "Radio frequencies", "Tần số vô tuyến điện" },
                    { "VT", "Telecommunications and the Internet", "Viễn thông và Internet" }
                });

            migrationBuilder.InsertData(
                table: "Provinces",
                columns: new[] { "Code", "ValidFrom", "Kind", "Name", "NameEn", "ValidTo" },
                values: new object[,]
                {
                    { "01", new DateOnly(2025, 7, 1), "Thành phố", "Hà Nội", "Hanoi", null },
                    { "04", new DateOnly(2025, 7, 1), "Tỉnh", "Cao Bằng", "Cao Bang", null },
                    { "08", new DateOnly(2025, 7, 1), "Tỉnh", "Tuyên Quang", "Tuyen Quang", null },
                    { "11", new DateOnly(2025, 7, 1), "Tỉnh", "Điện Biên", "Dien Bien", null },
                    { "12", new DateOnly(2025, 7, 1), "Tỉnh", "Lai Châu", "Lai Chau", null },
                    { "14", new DateOnly(2025, 7, 1), "Tỉnh", "Sơn La", "Son La", null },
                    { "15", new DateOnly(2025, 7, 1), "Tỉnh", "Lào Cai", "Lao Cai", null },
                    { "19", new DateOnly(2025, 7, 1), "Tỉnh", "Thái Nguyên", "Thai Nguyen", null },
                    { "20", new DateOnly(2025, 7, 1), "Tỉnh", "Lạng Sơn", "Lang Son", null },
                    { "22", new DateOnly(2025, 7, 1), "Tỉnh", "Quảng Ninh", "Quang Ninh", null },
                    { "24", new DateOnly(2025, 7, 1), "Tỉnh", "Bắc Ninh", "Bac Ninh", null },
                    { "25", new DateOnly(2025, 7, 1), "Tỉnh", "Phú Thọ", "Phu Tho", null },
                    { "31", new DateOnly(2025, 7, 1), "Thành phố", "Hải Phòng", "Haiphong", null },
                    { "33", new DateOnly(2025, 7, 1), "Tỉnh", "Hưng Yên", "Hung Yen", null },
                    { "37", new DateOnly(2025, 7, 1), "Tỉnh", "Ninh Bình", "Ninh Binh", null },
                    { "38", new DateOnly(2025, 7, 1), "Tỉnh", "Thanh Hóa", "Thanh Hoa", null },
                    { "40", new DateOnly(2025, 7, 1), "Tỉnh", "Nghệ An", "Nghe An", null },
                    { "42", new DateOnly(2025, 7, 1), "Tỉnh", "Hà Tĩnh", "Ha Tinh", null },
                    { "44", new DateOnly(2025, 7, 1), "Tỉnh", "Quảng Trị", "Quang Tri", null },
                    { "46", new DateOnly(2025, 7, 1), "Thành phố", "Huế", "Hue", null },
                    { "48", new DateOnly(2025, 7, 1), "Thành phố", "Đà Nẵng", "Da Nang", null },
                    { "51", new DateOnly(2025, 7, 1), "Tỉnh", "Quảng Ngãi", "Quang Ngai", null },
                    { "52", new DateOnly(2025, 7, 1), "Tỉnh", "Gia Lai", "Gia Lai", null },
                    { "56", new DateOnly(2025, 7, 1), "Tỉnh", "Khánh Hòa", "Khanh Hoa", null },
                    { "66", new DateOnly(2025, 7, 1), "Tỉnh", "Đắk Lắk", "Dak Lak", null },
                    { "68", new DateOnly(2025, 7, 1), "Tỉnh", "Lâm Đồng", "Lam Dong", null },
                    { "75", new DateOnly(2025, 7, 1), "Thành phố", "Đồng Nai", "Dong Nai", null },
                    { "79", new DateOnly(2025, 7, 1), "Thành phố", "Hồ Chí Minh", "Ho Chi Minh", null },
                    { "80", new DateOnly(2025, 7, 1), "Tỉnh", "Tây Ninh", "Tay Ninh", null },
                    { "82", new DateOnly(2025, 7, 1), "Tỉnh", "Đồng Tháp", "Dong Thap", null },
                    { "86", new DateOnly(2025, 7, 1), "Tỉnh", "Vĩnh Long", "Vinh Long", null },
                    { "91", new DateOnly(2025, 7, 1), "Tỉnh", "An Giang", "An Giang", null },
                    { "92", new DateOnly(2025, 7, 1), "Thành phố", "Cần Thơ", "Can Tho", null },
                    { "96", new DateOnly(2025, 7, 1), "Tỉnh", "Cà Mau", "Ca Mau", null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_SecretHash",
                table: "ApiTokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Actor",
                table: "AuditEntries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_WhenUtc",
                table: "AuditEntries",
                column: "WhenUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Communes_ProvinceCode_ValidFrom",
                table: "Communes",
                columns: new[] { "ProvinceCode", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_CommuneShapes_ProvinceCode",
                table: "CommuneShapes",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Districts_ProvinceCode_ValidFrom",
                table: "Districts",
                columns: new[] { "ProvinceCode", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_BatchId",
                table: "Dossiers",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CommuneCode",
                table: "Dossiers",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_FieldCode",
                table: "Dossiers",
                column: "FieldCode");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ProcedureCode_ReceivedOn",
                table: "Dossiers",
                columns: new[] { "ProcedureCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ProvinceCode_ReceivedOn",
                table: "Dossiers",
                columns: new[] { "ProvinceCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitCode_Code",
                table: "Dossiers",
                columns: new[] { "UnitCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactChanges_BatchId",
                table: "FactChanges",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_FactChanges_FactId",
                table: "FactChanges",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_BatchId",
                table: "Facts",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_CommuneCode_Period",
                table: "Facts",
                columns: new[] { "CommuneCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_FieldCode_Period",
                table: "Facts",
                columns: new[] { "FieldCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_NaturalKey",
                table: "Facts",
                columns: new[] { "Period", "ProvinceCode", "CommuneCode", "FieldCode" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_Facts_ProvinceCode_Period",
                table: "Facts",
                columns: new[] { "ProvinceCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_FactSummaries_ProvinceCode_FieldCode_Period",
                table: "FactSummaries",
                columns: new[] { "ProvinceCode", "FieldCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ReminderKey",
                table: "OutboxMessages",
                column: "ReminderKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptUtc",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SubscriptionId_Period",
                table: "OutboxMessages",
                columns: new[] { "SubscriptionId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportedFigures_Period_ProvinceCode",
                table: "ReportedFigures",
                columns: new[] { "Period", "ProvinceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedFigures_SourceId",
                table: "ReportedFigures",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ApprovedUtc",
                table: "Submissions",
                column: "ApprovedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Period_Level_UnitCode",
                table: "Submissions",
                columns: new[] { "Period", "Level", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ProvinceCode_Period",
                table: "Submissions",
                columns: new[] { "ProvinceCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UpdatedUtc",
                table: "Submissions",
                column: "UpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_Email_Scope",
                table: "Subscriptions",
                columns: new[] { "Email", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitLinks_Level_NewCode",
                table: "UnitLinks",
                columns: new[] { "Level", "NewCode" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitLinks_Level_OldCode_NewCode",
                table: "UnitLinks",
                columns: new[] { "Level", "OldCode", "NewCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "Communes");

            migrationBuilder.DropTable(
                name: "CommuneShapes");

            migrationBuilder.DropTable(
                name: "DataRevisions");

            migrationBuilder.DropTable(
                name: "Districts");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "FactChanges");

            migrationBuilder.DropTable(
                name: "Facts");

            migrationBuilder.DropTable(
                name: "FactSummaries");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Provinces");

            migrationBuilder.DropTable(
                name: "PullSources");

            migrationBuilder.DropTable(
                name: "ReportedFigures");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "UnitLinks");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Batches");

            migrationBuilder.DropTable(
                name: "Fields");

            migrationBuilder.DropTable(
                name: "Subscriptions");

            migrationBuilder.DropTable(
                name: "ReportedSources");
        }
    }
}
