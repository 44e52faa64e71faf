// CloudFront Function (viewer request, runtime cloudfront-js-2.0) for the export in an S3
// bucket reached through an origin access control: S3 then answers only exact keys, so
// /x/ must ask for x/index.html. A folder address without its final slash is redirected
// (301) to it, as the other hosts do; a file (a name with a dot) is asked for as it is.
// With the distribution's custom error response (403 and 404 → /404.html, code 404),
// unknown addresses get the site's 404 page with status 404. See s3-cloudfront.md.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls handler by its name.
function handler(event) {
  const request = event.request;
  const uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = `${uri}index.html`;
    return request;
  }
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.includes('.')) return request;
  const query = Object.keys(request.querystring)
    .map((name) => {
      const value = request.querystring[name].value;
      return value ? `${name}=${value}` : name;
    })
    .join('&');
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: `${uri}/${query ? `?${query}` : ''}` } },
  };
}
