// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ApiError.h"

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 422:
        return Kind::UnprocessableEntity;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Kind::ServerError;
    if (httpStatus >= 400)
        return Kind::ClientError;
    // Not an error status (1xx-3xx): an answer the client cannot use.
    return Kind::InvalidResponse;
}
